/**
 * Names of the 50 states, DC and Puerto Rico in the widget's ten languages. Pure
 * data: names are proper nouns, so a missing translation falls back to English.
 */
import { STATE_CODES, type StateCode } from '../../src/data/schema.js';

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

/**
 * Names in the other UI languages: every state in the scripts a reader of Chinese, Ukrainian or Persian looks
 * for, and in French, Portuguese, Vietnamese and Haitian Creole where the usual name differs from the English.
 */
const OTHER_NAMES: Readonly<Record<string, Partial<Record<StateCode, string>>>> = {
  fr: {
    CA: 'Californie', DC: 'District de Columbia', FL: 'Floride', GA: 'Géorgie', HI: 'Hawaï', LA: 'Louisiane',
    NM: 'Nouveau-Mexique', NC: 'Caroline du Nord', ND: 'Dakota du Nord', PA: 'Pennsylvanie', PR: 'Porto Rico',
    SC: 'Caroline du Sud', SD: 'Dakota du Sud', VA: 'Virginie', WV: 'Virginie-Occidentale',
  },
  'zh-Hans': {
    AL: '亚拉巴马州', AK: '阿拉斯加州', AZ: '亚利桑那州', AR: '阿肯色州', CA: '加利福尼亚州', CO: '科罗拉多州', CT: '康涅狄格州', DE: '特拉华州',
    DC: '哥伦比亚特区', FL: '佛罗里达州', GA: '佐治亚州', HI: '夏威夷州', ID: '爱达荷州', IL: '伊利诺伊州', IN: '印第安纳州', IA: '艾奥瓦州', KS: '堪萨斯州',
    KY: '肯塔基州', LA: '路易斯安那州', ME: '缅因州', MD: '马里兰州', MA: '马萨诸塞州', MI: '密歇根州', MN: '明尼苏达州', MS: '密西西比州', MO: '密苏里州',
    MT: '蒙大拿州', NE: '内布拉斯加州', NV: '内华达州', NH: '新罕布什尔州', NJ: '新泽西州', NM: '新墨西哥州', NY: '纽约州', NC: '北卡罗来纳州',
    ND: '北达科他州', OH: '俄亥俄州', OK: '俄克拉何马州', OR: '俄勒冈州', PA: '宾夕法尼亚州', PR: '波多黎各', RI: '罗得岛州', SC: '南卡罗来纳州',
    SD: '南达科他州', TN: '田纳西州', TX: '得克萨斯州', UT: '犹他州', VT: '佛蒙特州', VA: '弗吉尼亚州', WA: '华盛顿州', WV: '西弗吉尼亚州', WI: '威斯康星州',
    WY: '怀俄明州',
  },
  pt: {
    CA: 'Califórnia', DC: 'Distrito de Colúmbia', FL: 'Flórida', GA: 'Geórgia', HI: 'Havaí', LA: 'Luisiana',
    NH: 'Nova Hampshire', NJ: 'Nova Jersey', NM: 'Novo México', NY: 'Nova York', NC: 'Carolina do Norte',
    ND: 'Dakota do Norte', PA: 'Pensilvânia', PR: 'Porto Rico', SC: 'Carolina do Sul', SD: 'Dakota do Sul',
    VA: 'Virgínia', WV: 'Virgínia Ocidental',
  },
  uk: {
    AL: 'Алабама', AK: 'Аляска', AZ: 'Аризона', AR: 'Арканзас', CA: 'Каліфорнія', CO: 'Колорадо', CT: 'Коннектикут',
    DE: 'Делавер', DC: 'Округ Колумбія', FL: 'Флорида', GA: 'Джорджія', HI: 'Гаваї', ID: 'Айдахо', IL: 'Іллінойс',
    IN: 'Індіана', IA: 'Айова', KS: 'Канзас', KY: 'Кентуккі', LA: 'Луїзіана', ME: 'Мен', MD: 'Меріленд',
    MA: 'Массачусетс', MI: 'Мічиган', MN: 'Міннесота', MS: 'Міссісіпі', MO: 'Міссурі', MT: 'Монтана', NE: 'Небраска',
    NV: 'Невада', NH: 'Нью-Гемпшир', NJ: 'Нью-Джерсі', NM: 'Нью-Мексико', NY: 'Нью-Йорк', NC: 'Північна Кароліна',
    ND: 'Північна Дакота', OH: 'Огайо', OK: 'Оклахома', OR: 'Орегон', PA: 'Пенсильванія', PR: 'Пуерто-Рико',
    RI: 'Род-Айленд', SC: 'Південна Кароліна', SD: 'Південна Дакота', TN: 'Теннессі', TX: 'Техас', UT: 'Юта',
    VT: 'Вермонт', VA: 'Вірджинія', WA: 'Вашингтон', WV: 'Західна Вірджинія', WI: 'Вісконсин', WY: 'Вайомінг',
  },
  fa: {
    AL: 'آلاباما', AK: 'آلاسکا', AZ: 'آریزونا', AR: 'آرکانزاس', CA: 'کالیفرنیا', CO: 'کلرادو', CT: 'کنتیکت',
    DE: 'دلاور', DC: 'ناحیهٔ کلمبیا', FL: 'فلوریدا', GA: 'جورجیا', HI: 'هاوایی', ID: 'آیداهو', IL: 'ایلینوی',
    IN: 'ایندیانا', IA: 'آیووا', KS: 'کانزاس', KY: 'کنتاکی', LA: 'لوئیزیانا', ME: 'مین', MD: 'مریلند',
    MA: 'ماساچوست', MI: 'میشیگان', MN: 'مینه‌سوتا', MS: 'میسیسیپی', MO: 'میزوری', MT: 'مونتانا', NE: 'نبراسکا',
    NV: 'نوادا', NH: 'نیوهمپشایر', NJ: 'نیوجرسی', NM: 'نیومکزیکو', NY: 'نیویورک', NC: 'کارولینای شمالی',
    ND: 'داکوتای شمالی', OH: 'اوهایو', OK: 'اوکلاهما', OR: 'اورگن', PA: 'پنسیلوانیا', PR: 'پورتوریکو',
    RI: 'رودآیلند', SC: 'کارولینای جنوبی', SD: 'داکوتای جنوبی', TN: 'تنسی', TX: 'تگزاس', UT: 'یوتا', VT: 'ورمانت',
    VA: 'ویرجینیا', WA: 'واشینگتن', WV: 'ویرجینیای غربی', WI: 'ویسکانسین', WY: 'وایومینگ',
  },
  vi: {
    DC: 'Đặc khu Columbia', NC: 'Bắc Carolina', ND: 'Bắc Dakota', SC: 'Nam Carolina', SD: 'Nam Dakota',
    WV: 'Tây Virginia',
  },
  ht: {
    CA: 'Kalifòni', DC: 'Distri Kolonbi', FL: 'Florid', GA: 'Jòji', HI: 'Awayi', LA: 'Lwizyàn', MA: 'Masachousèt',
    NM: 'Nouvo Meksik', NY: 'Nouyòk', NC: 'Nòd Karolin', PA: 'Pennsilvani', PR: 'Pòtoriko', SC: 'Sid Karolin',
    VA: 'Vijini', WV: 'Vijini Oksidantal',
  },
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
  const other = OTHER_NAMES[locale]?.[code];
  if (other) return other;
  return names[INDEX[locale as keyof typeof INDEX] ?? 0] ?? names[0];
}

/** Every state, sorted by its name in `locale`. */
export function statesSorted(locale: string): Array<{ code: StateCode; name: string }> {
  const collator = new Intl.Collator(locale);
  return STATE_CODES.map((code) => ({ code, name: stateName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}
