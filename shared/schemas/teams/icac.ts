import { z } from 'zod';
import { ONLINE_OFFENCES, REFERRAL_SOURCES } from '../../domain/lists';
import { choice, choices, Count, text } from '../fields';
import { Suspect } from '../people';

/** ICAC leads an online investigation: referral, devices, exams, victims identified. */
export const icacFields = {
  team: z.literal('ICAC'),
  referralSource: choice(REFERRAL_SOURCES),
  referralIds: z.array(z.strictObject({ value: text(40, true) })),
  onlineOffences: choices(ONLINE_OFFENCES, 1, 'v.onlineOffences.min'),
  devicesSeized: Count,
  forensicExams: Count,
  victimsIdentified: Count,
  partnerAgencies: z.array(z.strictObject({ value: text(80, true) })),
  suspects: z.array(Suspect),
};

/** Referrals from NCMEC or foreign police always come with their ids. */
export const REFERRAL_SOURCES_WITH_IDS = ['ncmec', 'foreign-police'] as const;
