// Placeholder until `lit-localize build` generates this module (translation issue).
// A template-less locale renders the English source strings.
import type { TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {};
