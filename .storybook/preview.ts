import type { Preview } from '@storybook/web-components-vite';
import { defineElements } from '@family-view/elements';
import './preview.css';

// Define <family-view> explicitly. A bare `import '@family-view/elements'` relies on the
// package's `sideEffects` list covering the module that registers the element; this call
// keeps the stories working whatever that list says.
defineElements();

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every state must pass axe: a violation fails the story under a test runner.
    a11y: { test: 'error' },
  },
};

export default preview;
