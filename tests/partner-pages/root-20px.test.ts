import { describePartnerPage } from './partner-page.js';

describePartnerPage('root-20px', 'html { font-size: 20px }');
