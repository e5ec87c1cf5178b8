// How small a perspective group may be before its scores are hidden, so nobody can be singled out.
// One number for the aggregation that hides the group and for every screen that promises it.
export const MIN_GROUP_SIZE = 3;
