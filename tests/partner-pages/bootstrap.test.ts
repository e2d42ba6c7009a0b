import { describePartnerPage } from './partner-page.js';

describePartnerPage('bootstrap', 'Bootstrap 5.3');
