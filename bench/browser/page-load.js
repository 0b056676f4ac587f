// One phone-sized load of a page in Debian's Chromium with the CPU slowed 4x, through puppeteer-core:
// prints JSON with the load event, when the first product rows were painted, the Long Tasks total and the rows
// in the document. Usage: node page-load.js URL [runs]; the median of the runs is printed.
const puppeteer = require('puppeteer-core');

const url = process.argv[2];
const runs = Number(process.argv[3] || 3);

// Before any page script: watch long tasks, and note the first frame painted with a product row in the document
const observe = () => {
  window.__bench = { longTasks: 0, firstRows: null };
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) window.__bench.longTasks += entry.duration;
  }).observe({ type: 'longtask', buffered: true });
  const poll = () => {
    if (document.querySelector('tr[data-product-id]')) {
      requestAnimationFrame(() => setTimeout(() => { window.__bench.firstRows = performance.now(); }, 0));
    } else {
      requestAnimationFrame(poll);
    }
  };
  requestAnimationFrame(poll);
};

async function once(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 915, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluateOnNewDocument(observe);
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await new Promise(resolve => setTimeout(resolve, 500)); // let the last long task be reported
  const figures = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    return { load: navigation.loadEventStart, firstRows: window.__bench.firstRows,
             longTasks: window.__bench.longTasks, rows: document.querySelectorAll('tr[data-product-id]').length };
  });
  await page.close();
  return figures;
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
  try {
    await once(browser); // unrecorded: the browser's own start-up
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await once(browser));
    const median = key => all.map(run => run[key]).sort((a, b) => a - b)[Math.floor(all.length / 2)];
    console.log(JSON.stringify({ load: Math.round(median('load')), firstRows: Math.round(median('firstRows')),
      longTasks: Math.round(median('longTasks')), rows: median('rows') }));
  } finally {
    await browser.close();
  }
})().catch(error => { console.error(error); process.exit(1); });
