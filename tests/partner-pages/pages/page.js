// Runs first on every partner page: takes the language from `?lang=` (as a partner's translated page would
// have it in its markup: <html lang dir>), switches a framework's stylesheet to its right-to-left build where it
// has one, then loads the drop-in entry from source, so the widgets the page holds load as they do in the bundle.
const lang = new URLSearchParams(location.search).get('lang') ?? 'en';
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
if (lang === 'ar') {
  for (const link of document.querySelectorAll('link[data-rtl-href]')) link.href = link.dataset.rtlHref;
}
await import('/src/entries/autoload.ts');
