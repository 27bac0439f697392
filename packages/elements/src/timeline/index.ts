/** The services timeline: a model, render functions and the controller `<family-view>` drives them with. */
export { buildTimelineModel, genogramLaneOrder } from './timeline-model.js';
export type { TimelineModel, TimelineLane, TimelineBar, TimelineEventMarker, TimelineItemRef, ServiceInfo, EventInfo } from './timeline-model.js';
export { TimelineController } from './timeline-controller.js';
export type { TimelineSelection, TimelineViewOptions } from './timeline-controller.js';
export { renderTimeline } from './timeline-svg.js';
export type { TimelineRenderOptions, TimelineHandlers } from './timeline-svg.js';
export { timelineStyles } from './timeline.styles.js';
