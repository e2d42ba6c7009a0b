import { describePartnerPage } from './partner-page.js';

describePartnerPage('tailwind', 'Tailwind 4 (compiled by its own compiler)');
