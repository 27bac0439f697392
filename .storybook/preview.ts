import type { Preview } from '@storybook/web-components-vite';
import { defineElements } from '@family-view/elements';
import './preview.css';

// Define <family-view> explicitly. A bare `import '@family-view/elements'` relies on the
// package's `sideEffects` list covering the module that registers the element; this call
// keeps the stories working whatever that list says.
defineElements();

const preview: Preview = {
  // The canvas around the widget takes the story's theme (args.theme; auto follows the device).
  decorators: [
    (story, context) => {
      const theme = typeof context.args.theme === 'string' ? context.args.theme : 'auto';
      document.documentElement.dataset.theme = theme;
      return story();
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every state must pass axe: a violation fails the story under a test runner.
    a11y: { test: 'error' },
  },
};

export default preview;
