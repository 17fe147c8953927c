import { z } from 'zod';
import { LIMITS, rows } from '../fields';
import { Suspect, Victim } from '../people';

/** HIT leads an investigation: victims, suspects, arrests, charges, court. */
export const hitFields = {
  team: z.literal('HIT'),
  victims: rows(Victim, LIMITS.children, 'v.victims.max').min(1, { message: 'v.victims.min' }),
  homicide: z.boolean({ error: 'v.choose' }),
  suspiciousDeath: z.boolean({ error: 'v.choose' }),
  suspects: rows(Suspect, LIMITS.suspects, 'v.suspects.max'),
};
