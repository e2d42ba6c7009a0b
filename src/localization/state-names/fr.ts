// US state names in French where they differ from English.
// In STATE_CODES order, '|'-separated; an empty name is the English one. Loaded with the fr translations.
export default '||||Californie||||District de Columbia|Floride|Géorgie|Hawaï|||||||Louisiane|||||||||||||Nouveau-Mexique||Caroline du Nord|Dakota du Nord||||Pennsylvanie|Porto Rico||Caroline du Sud|Dakota du Sud|||||Virginie||Virginie-Occidentale||';
