// Stands in for an agency's visitor statistics script (the demo sends nothing anywhere): it runs
// only after the visitor agrees to statistics cookies, because the page writes it as
// <script type="text/plain" data-consent="statistics" src="/assets/statistics.js"> and
// gov-cookie-consent starts it. It counts this browser's page views on the demo site.
const views = Number(localStorage.getItem('demo-page-views') ?? 0) + 1;
localStorage.setItem('demo-page-views', String(views));
document.documentElement.dataset.demoStatistics = 'on';
