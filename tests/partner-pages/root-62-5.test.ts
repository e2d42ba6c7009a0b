import { describePartnerPage } from './partner-page.js';

describePartnerPage('root-62-5', 'html { font-size: 62.5% }');
