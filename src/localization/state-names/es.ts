// US state names in Spanish where they differ from English.
// In STATE_CODES order, '|'-separated; an empty name is the English one. Loaded with the es translations.
export default '||||||||Distrito de Columbia|||Hawái|||||||Luisiana||||Míchigan||Misisipi|Misuri||||Nuevo Hampshire|Nueva Jersey|Nuevo México|Nueva York|Carolina del Norte|Dakota del Norte|||Oregón|Pensilvania|||Carolina del Sur|Dakota del Sur|||||||Virginia Occidental||';
