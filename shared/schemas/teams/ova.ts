import { z } from 'zod';
import { SERVICES } from '../../domain/lists';
import { choice, Count, OptionalCalendarDate, CalendarDate, text } from '../fields';

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
  victimsSupported: Count,
  familyMembersSupported: Count,
  services: z.array(ServiceGiven).min(1, { message: 'v.services.min' }),
  referrals: z.array(Referral),
  courtAccompaniments: Count,
  bereavedFamiliesSupported: Count,
};
