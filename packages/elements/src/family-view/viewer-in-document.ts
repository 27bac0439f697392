/**
 * Whether the viewer is someone the document knows. `redact` answers an unknown viewer with
 * an empty family, like a known viewer with whom nothing is shared; the element tells the
 * two apart to say which it is.
 */
import type { FamilyDocument, Viewer } from '@family-view/core';

export function isViewerInDocument(doc: FamilyDocument, viewer: Viewer): boolean {
  switch (viewer.kind) {
    case 'admin':
      return true;
    case 'member':
      return doc.members.some((m) => m.id === viewer.member && m.placeholder !== true);
    case 'professional':
      return (doc.professionals ?? []).some((p) => p.id === viewer.professional);
    case 'organization':
      return (doc.organizations ?? []).some((o) => o.id === viewer.organization);
  }
}
