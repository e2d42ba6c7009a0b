// The demo page's own script: a language switch that sets <html lang>, which every widget follows.
const select = document.getElementById('language');
const fromUrl = new URLSearchParams(location.search).get('lang');
if (fromUrl) document.documentElement.lang = fromUrl;
select.value = document.documentElement.lang;
const RTL = new Set(['ar', 'fa']);
const applyDirection = () => (document.documentElement.dir = RTL.has(document.documentElement.lang) ? 'rtl' : 'ltr');
applyDirection();
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
  applyDirection();
});
