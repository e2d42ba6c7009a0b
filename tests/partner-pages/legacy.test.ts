import { describePartnerPage } from './partner-page.js';

describePartnerPage('legacy', 'legacy page: 14 px base, box-sizing content-box');
