import { z } from 'zod';
import { SERVICES } from '../../domain/lists';
import { OptionalCalendarDate, CalendarDate } from '../date-fields';
import { choice, LIMITS, rows, text } from '../fields';
import { count } from '../number-fields';

export const ServiceGiven = z.strictObject({
  service: choice(SERVICES),
  date: CalendarDate,
});

export const Referral = z.strictObject({
  agency: text(80, true),
  date: OptionalCalendarDate,
});

/** OVA attaches victim assistance to an investigation. */
export const ovaFields = {
  team: z.literal('OVA'),
  victimsSupported: count(LIMITS.children),
  familyMembersSupported: count(LIMITS.familyMembers),
  services: rows(ServiceGiven, LIMITS.services, 'v.services.max').min(1, { message: 'v.services.min' }),
  referrals: rows(Referral, LIMITS.referrals, 'v.referrals.max'),
  courtAccompaniments: count(LIMITS.courtAccompaniments),
  bereavedFamiliesSupported: count(LIMITS.families),
};
