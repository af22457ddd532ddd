// A digest subscription as tests store it: Slack channel C123, Monday 09:00 Amsterdam, everything, Dutch.
import { DEFAULT_SCHEDULE } from '../../src/digest/schedule.js';
import type { Subscription } from '../../src/store/store.js';

let n = 0;
export const newSubscription = (over: Partial<Subscription> = {}): Subscription => ({
  id: `sub-${++n}-${Date.now()}`,
  platform: 'slack',
  conversation: 'C123',
  team: 'T1',
  scope: { wijken: [], themes: [] },
  schedule: DEFAULT_SCHEDULE,
  language: 'nl',
  heartbeat: true,
  alerts: false,
  owners: {},
  active: true,
  pausedReason: null,
  subscriber: 'UADMIN',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
  ...over,
});
