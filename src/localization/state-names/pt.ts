// US state names in Portuguese where they differ from English.
// In STATE_CODES order, '|'-separated; an empty name is the English one. Loaded with the pt translations.
export default '|Alasca|||Califórnia||||Distrito de Colúmbia|Flórida|Geórgia|Havaí|||||||Luisiana|||||||||||Nova Hampshire|Nova Jersey|Novo México|Nova York|Carolina do Norte|Dakota do Norte||||Pensilvânia|Porto Rico||Carolina do Sul|Dakota do Sul|||||Virgínia||Virgínia Ocidental||';
