// A measurement as tests store it: Ondiep burglaries in 2009 unless told otherwise.
import type { NewMeasurement } from '../../src/store/store.js';

export const newMeasurement = (over: Partial<NewMeasurement> = {}): NewMeasurement => ({
  wijk: 'Ondiep',
  indicator: 'burglary',
  year: 2009,
  value: 30,
  unit: 'per 1000 woningen',
  source: 'Wijkenmonitor 2009',
  note: null,
  ...over,
});
