import { z } from 'zod';
import { Suspect, Victim } from '../people';

/** HIT leads an investigation: victims, suspects, arrests, charges, court. */
export const hitFields = {
  team: z.literal('HIT'),
  victims: z.array(Victim).min(1, { message: 'v.victims.min' }),
  homicide: z.boolean({ error: 'v.choose' }),
  suspiciousDeath: z.boolean({ error: 'v.choose' }),
  suspects: z.array(Suspect),
};
