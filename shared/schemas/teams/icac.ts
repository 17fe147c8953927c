import { z } from 'zod';
import { ONLINE_OFFENCES, REFERRAL_SOURCES } from '../../domain/lists';
import { choice, choices, LIMITS, rows, text } from '../fields';
import { count } from '../number-fields';
import { Suspect } from '../people';

/** ICAC leads an online investigation: referral, devices, exams, victims identified. */
export const icacFields = {
  team: z.literal('ICAC'),
  referralSource: choice(REFERRAL_SOURCES),
  referralIds: rows(z.strictObject({ value: text(40, true) }), LIMITS.referralIds, 'v.referralIds.max'),
  onlineOffences: choices(ONLINE_OFFENCES, 1, 'v.onlineOffences.min'),
  devicesSeized: count(LIMITS.devices),
  forensicExams: count(LIMITS.devices),
  victimsIdentified: count(LIMITS.children),
  partnerAgencies: rows(z.strictObject({ value: text(80, true) }), LIMITS.partnerAgencies, 'v.partnerAgencies.max'),
  suspects: rows(Suspect, LIMITS.suspects, 'v.suspects.max'),
};

/** Referrals from NCMEC or foreign police always come with their ids. */
export const REFERRAL_SOURCES_WITH_IDS = ['ncmec', 'foreign-police'] as const;
