import { MonthlyReport } from '@kampung-kb/model';
import { createEnvironment } from '../environment.js';

/** The model's example report: 170 users + 90 non-users = 260 = PUS. */
export const report = {
  kampungId: 'sungai-andai',
  period: '2020-12',
  users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
  nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
  poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
  jknHolders: 1200,
};

/** The monthly-report environment with `pus` injected from the population snapshot. */
export const env = createEnvironment(MonthlyReport, { variables: { pus: 'number' } });
