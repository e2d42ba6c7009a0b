import { describePartnerPage } from './partner-page.js';

describePartnerPage('pico', 'Pico 2');
