import { describePartnerPage } from './partner-page.js';

describePartnerPage('wordpress', 'WordPress block-theme post (block-library 11.1 CSS)');
