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

/** All 52 names, in STATE_CODES order, for the languages written in another script. */
const FULL: Record<string, string> = {
  'zh-Hans':
    '亚拉巴马州|阿拉斯加州|亚利桑那州|阿肯色州|加利福尼亚州|科罗拉多州|康涅狄格州|特拉华州|哥伦比亚特区|佛罗里达州|佐治亚州|夏威夷州|爱达荷州|伊利诺伊州|印第安纳州|艾奥瓦州|堪萨斯州|肯塔基州|路易斯安那州|缅因州|马里兰州|马萨诸塞州|密歇根州|明尼苏达州|密西西比州|密苏里州|蒙大拿州|内布拉斯加州|内华达州|新罕布什尔州|新泽西州|新墨西哥州|纽约州|北卡罗来纳州|北达科他州|俄亥俄州|俄克拉何马州|俄勒冈州|宾夕法尼亚州|波多黎各|罗得岛州|南卡罗来纳州|南达科他州|田纳西州|得克萨斯州|犹他州|佛蒙特州|弗吉尼亚州|华盛顿州|西弗吉尼亚州|威斯康星州|怀俄明州',
  uk: 'Алабама|Аляска|Аризона|Арканзас|Каліфорнія|Колорадо|Коннектикут|Делавер|Округ Колумбія|Флорида|Джорджія|Гаваї|Айдахо|Іллінойс|Індіана|Айова|Канзас|Кентуккі|Луїзіана|Мен|Меріленд|Массачусетс|Мічиган|Міннесота|Міссісіпі|Міссурі|Монтана|Небраска|Невада|Нью-Гемпшир|Нью-Джерсі|Нью-Мексико|Нью-Йорк|Північна Кароліна|Північна Дакота|Огайо|Оклахома|Орегон|Пенсільванія|Пуерто-Рико|Род-Айленд|Південна Кароліна|Південна Дакота|Теннессі|Техас|Юта|Вермонт|Вірджинія|Вашингтон|Західна Вірджинія|Вісконсин|Вайомінг',
  fa: 'آلاباما|آلاسکا|آریزونا|آرکانزاس|کالیفرنیا|کلرادو|کنتیکت|دلاویر|ناحیهٔ کلمبیا|فلوریدا|جورجیا|هاوایی|آیداهو|ایلینوی|ایندیانا|آیووا|کانزاس|کنتاکی|لوئیزیانا|مین|مریلند|ماساچوست|میشیگان|مینه‌سوتا|میسیسیپی|میزوری|مونتانا|نبراسکا|نوادا|نیوهمپشایر|نیوجرسی|نیومکزیکو|نیویورک|کارولینای شمالی|داکوتای شمالی|اوهایو|اوکلاهما|اورگن|پنسیلوانیا|پورتوریکو|رودآیلند|کارولینای جنوبی|داکوتای جنوبی|تنسی|تگزاس|یوتا|ورمانت|ویرجینیا|واشینگتن|ویرجینیای غربی|ویسکانسین|وایومینگ',
};

/**
 * Names that differ from English in languages written in the Latin script; the others keep the English name
 * (Vietnamese and Haitian Creole texts write US states as in English).
 */
const DIFFERENT: Record<string, Partial<Record<StateCode, string>>> = {
  fr: {
    CA: 'Californie', DC: 'District de Columbia', FL: 'Floride', GA: 'Géorgie', HI: 'Hawaï', LA: 'Louisiane', NM: 'Nouveau-Mexique',
    NC: 'Caroline du Nord', ND: 'Dakota du Nord', PA: 'Pennsylvanie', PR: 'Porto Rico', SC: 'Caroline du Sud', SD: 'Dakota du Sud',
    VA: 'Virginie', WV: 'Virginie-Occidentale',
  },
  pt: {
    AK: 'Alasca', CA: 'Califórnia', DC: 'Distrito de Colúmbia', FL: 'Flórida', GA: 'Geórgia', HI: 'Havaí', LA: 'Luisiana',
    NH: 'Nova Hampshire', NJ: 'Nova Jersey', NM: 'Novo México', NY: 'Nova York', NC: 'Carolina do Norte', ND: 'Dakota do Norte',
    PA: 'Pensilvânia', PR: 'Porto Rico', SC: 'Carolina do Sul', SD: 'Dakota do Sul', VA: 'Virgínia', WV: 'Virgínia Ocidental',
  },
};

const FULL_NAMES = new Map(Object.entries(FULL).map(([locale, names]) => [locale, names.split('|')]));

/** Languages with every state's name in their own script (for tests). */
export const STATE_NAME_SCRIPTS = [...FULL_NAMES.keys()];

/** True for the two-letter codes of the 50 states, DC and Puerto Rico (upper case). */
export function isStateCode(value: unknown): value is StateCode {
  return typeof value === 'string' && (STATE_CODES as readonly string[]).includes(value);
}

/** A state's name in `locale`, else in English; the code itself for anything unknown. */
export function stateName(code: string, locale: string): string {
  if (!isStateCode(code)) return code;
  const own = FULL_NAMES.get(locale)?.[STATE_CODES.indexOf(code)] ?? DIFFERENT[locale]?.[code];
  if (own) return own;
  const names = NAMES[code];
  return names[INDEX[locale as keyof typeof INDEX] ?? 0] ?? names[0];
}

/** Every state, sorted by its name in `locale`. */
export function statesSorted(locale: string): Array<{ code: StateCode; name: string }> {
  const collator = new Intl.Collator(locale);
  return STATE_CODES.map((code) => ({ code, name: stateName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}
