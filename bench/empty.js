// A module of one line: what any module costs to fetch from the same server (the baseline).
export const empty = true;
