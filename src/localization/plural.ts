/**
 * Plural forms for msg() strings. @lit/localize has no plural syntax, so a counted message is written as an
 * ICU MessageFormat plural (the syntax translators' tools know) and chosen here with Intl.PluralRules:
 *
 *   plural(count, msg('{count, plural, one {# event} other {# events}}'), this.locale)
 *
 * Each translation lists the forms its language needs: Arabic zero/one/two/few/many/other (3–10 take the
 * plural, 11–99 the singular), Ukrainian one/few/many, Chinese and Vietnamese other only. `=N` picks an
 * exact number, `#` is the count written by Intl.NumberFormat in the locale's digits and grouping, like the
 * dates and amounts beside it (Persian ۱۲, English 1,200). Text before and after the braces is kept.
 */
import { numberFormat, pluralRules } from './intl.js';

/** The CLDR plural category of `count` in `locale`; "other" where the browser has no rules for it. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  // Haitian Creole marks no plural on nouns; browsers without its rules would answer with English ones.
  return pluralRules(locale)?.select(count) ?? 'other';
}

type ParsedPlural = { before: string; forms: Map<string, string>; after: string } | undefined;
/** Each message is read once per page: a widget renders the same few messages again and again. */
const parsedMessages = new Map<string, ParsedPlural>();

/** Reads `{name, plural, cat {text} …}` out of a message; undefined when the message has no plural. */
function parsePlural(message: string): ParsedPlural {
  if (parsedMessages.has(message)) return parsedMessages.get(message);
  const parsed = readPlural(message);
  if (parsedMessages.size > 500) parsedMessages.clear();
  parsedMessages.set(message, parsed);
  return parsed;
}

function readPlural(message: string): ParsedPlural {
  const head = /\{\s*[\w.]+\s*,\s*plural\s*,/.exec(message);
  if (!head) return undefined;
  const forms = new Map<string, string>();
  let at = head.index + head[0].length;
  for (;;) {
    while (/\s/.test(message[at] ?? '')) at++;
    if (message[at] === '}') break;
    const selector = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(message.slice(at));
    if (!selector) return undefined;
    at += selector[0].length;
    let depth = 1;
    const start = at;
    for (; at < message.length && depth > 0; at++) {
      if (message[at] === '{') depth++;
      else if (message[at] === '}') depth--;
    }
    if (depth) return undefined;
    forms.set(selector[1], message.slice(start, at - 1));
  }
  return { before: message.slice(0, head.index), forms, after: message.slice(at + 1) };
}

/**
 * The form of `message` for `count` in `locale` (the widget's), with each
 * `{name}` replaced by `values[name]`. Other numbers of the sentence go in as such named values rather than
 * as msg() placeholders: lit-localize wants each placeholder exactly as often in a translation as in the
 * English, and a language with more or fewer forms than English repeats it more or fewer times.
 */
export function plural(
  count: number,
  message: string,
  locale: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const parsed = parsePlural(message);
  const numbers = numberFormat(locale);
  const number = numbers.format(count);
  const text = parsed
    ? parsed.before +
      (parsed.forms.get(`=${count}`) ?? parsed.forms.get(pluralCategory(count, locale)) ?? parsed.forms.get('other') ?? '').replace(/#/g, number) +
      parsed.after
    : message;
  // Numbers among the values are written like `#`, so one sentence never mixes digits (Persian "۳ از ۱۲").
  return text.replace(/\{(\w+)\}/g, (token, name: string) => {
    if (!(name in values)) return token;
    const value = values[name];
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}
