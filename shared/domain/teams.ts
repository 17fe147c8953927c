/** The unit's four teams; the code is what officers write on paper, so it is the stored value. */
export const TEAMS = ['OVA', 'HIT', 'FST', 'ICAC'] as const;
export type Team = (typeof TEAMS)[number];

/** Teams whose summary leads an investigation; the others attach to one. */
export const LEAD_TEAMS: readonly Team[] = ['HIT', 'ICAC'];
