// Web Analytics Italia (Matomo), cookieless: page views only, no cookie, no user id (components/analytics.tsx).
(function () {
  var script = document.currentScript;
  if (!script || !script.dataset.url || !script.dataset.site) return;
  var base = script.dataset.url;
  var queue = (window._paq = window._paq || []);
  queue.push(['disableCookies']);
  queue.push(['setTrackerUrl', base + 'matomo.php']);
  queue.push(['setSiteId', script.dataset.site]);
  queue.push(['trackPageView']);
  queue.push(['enableLinkTracking']);
  var tracker = document.createElement('script');
  tracker.async = true;
  tracker.src = base + 'matomo.js';
  document.head.appendChild(tracker);
})();
