/**
 * Names of the 50 states, DC and Puerto Rico in the widget's languages. Pure
 * data: names are proper nouns, so a missing translation falls back to English.
 */
import { STATE_CODES } from '../../src/data/constants.js';
import type { StateCode } from '../../src/data/schema.js';

type Names = readonly [en: string, es?: string, ar?: string];

const NAMES: Record<StateCode, Names> = {
  AL: ['Alabama', , 'ألاباما'],
  AK: ['Alaska', , 'ألاسكا'],
  AZ: ['Arizona', , 'أريزونا'],
  AR: ['Arkansas', , 'أركنساس'],
  CA: ['California', , 'كاليفورنيا'],
  CO: ['Colorado', , 'كولورادو'],
  CT: ['Connecticut', , 'كونيتيكت'],
  DE: ['Delaware', , 'ديلاوير'],
  DC: ['District of Columbia', 'Distrito de Columbia', 'مقاطعة كولومبيا'],
  FL: ['Florida', , 'فلوريدا'],
  GA: ['Georgia', , 'جورجيا'],
  HI: ['Hawaii', 'Hawái', 'هاواي'],
  ID: ['Idaho', , 'أيداهو'],
  IL: ['Illinois', , 'إلينوي'],
  IN: ['Indiana', , 'إنديانا'],
  IA: ['Iowa', , 'آيوا'],
  KS: ['Kansas', , 'كانساس'],
  KY: ['Kentucky', , 'كنتاكي'],
  LA: ['Louisiana', 'Luisiana', 'لويزيانا'],
  ME: ['Maine', , 'مين'],
  MD: ['Maryland', , 'ماريلاند'],
  MA: ['Massachusetts', , 'ماساتشوستس'],
  MI: ['Michigan', 'Míchigan', 'ميشيغان'],
  MN: ['Minnesota', , 'مينيسوتا'],
  MS: ['Mississippi', 'Misisipi', 'ميسيسيبي'],
  MO: ['Missouri', 'Misuri', 'ميزوري'],
  MT: ['Montana', , 'مونتانا'],
  NE: ['Nebraska', , 'نبراسكا'],
  NV: ['Nevada', , 'نيفادا'],
  NH: ['New Hampshire', 'Nuevo Hampshire', 'نيوهامشير'],
  NJ: ['New Jersey', 'Nueva Jersey', 'نيوجيرسي'],
  NM: ['New Mexico', 'Nuevo México', 'نيومكسيكو'],
  NY: ['New York', 'Nueva York', 'نيويورك'],
  NC: ['North Carolina', 'Carolina del Norte', 'كارولاينا الشمالية'],
  ND: ['North Dakota', 'Dakota del Norte', 'داكوتا الشمالية'],
  OH: ['Ohio', , 'أوهايو'],
  OK: ['Oklahoma', , 'أوكلاهوما'],
  OR: ['Oregon', 'Oregón', 'أوريغون'],
  PA: ['Pennsylvania', 'Pensilvania', 'بنسلفانيا'],
  PR: ['Puerto Rico', , 'بورتوريكو'],
  RI: ['Rhode Island', , 'رود آيلاند'],
  SC: ['South Carolina', 'Carolina del Sur', 'كارولاينا الجنوبية'],
  SD: ['South Dakota', 'Dakota del Sur', 'داكوتا الجنوبية'],
  TN: ['Tennessee', , 'تينيسي'],
  TX: ['Texas', , 'تكساس'],
  UT: ['Utah', , 'يوتا'],
  VT: ['Vermont', , 'فيرمونت'],
  VA: ['Virginia', , 'فيرجينيا'],
  WA: ['Washington', , 'واشنطن'],
  WV: ['West Virginia', 'Virginia Occidental', 'فيرجينيا الغربية'],
  WI: ['Wisconsin', , 'ويسكونسن'],
  WY: ['Wyoming', , 'وايومنغ'],
};

const INDEX = { en: 0, es: 1, ar: 2 } as const;

/** True for the two-letter codes of the 50 states, DC and Puerto Rico (upper case). */
export function isStateCode(value: unknown): value is StateCode {
  return typeof value === 'string' && (STATE_CODES as readonly string[]).includes(value);
}

/** A state's name in `locale`, else in English; the code itself for anything unknown. */
export function stateName(code: string, locale: string): string {
  if (!isStateCode(code)) return code;
  const names = NAMES[code];
  return names[INDEX[locale as keyof typeof INDEX] ?? 0] ?? names[0];
}

/** Every state, sorted by its name in `locale`. */
export function statesSorted(locale: string): Array<{ code: StateCode; name: string }> {
  const collator = new Intl.Collator(locale);
  return STATE_CODES.map((code) => ({ code, name: stateName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}
