/**
 * The network view's model lives in `@family-view/core` (pure, tested in Node, usable on a
 * host's server); re-exported here so the view and `<family-view>` import it from one place.
 */
export { buildNetworkModel, DEFAULT_MAX_EVENTS } from '@family-view/core';
export type {
  NetworkContact,
  NetworkCoordinator,
  NetworkEvent,
  NetworkGoal,
  NetworkMemberGroup,
  NetworkModel,
  NetworkModelOptions,
  NetworkOrganization,
  NetworkParty,
  NetworkPerson,
  NetworkService,
  NetworkTask,
  NetworkUnstaffedService,
  NetworkWorker,
} from '@family-view/core';
