import { describePartnerPage } from './partner-page.js';

describePartnerPage('bulma', 'Bulma 1');
