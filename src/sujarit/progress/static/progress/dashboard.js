/* Draws the dashboard's charts from the json_script data (Chart.js is vendored: no CDN). */
(function () {
  var node = document.getElementById("progress-chart-data");
  if (!node || typeof Chart === "undefined") { return; }
  var data = JSON.parse(node.textContent);
  var colours = ["#0b4a8b", "#c98a1a"];
  Chart.defaults.font.family = "Sarabun, Tahoma, sans-serif";
  Chart.defaults.font.size = 14;
  function draw(id, spec, type, max) {
    var canvas = document.getElementById(id);
    if (!canvas) { return; }
    new Chart(canvas, {
      type: type,
      data: { labels: spec.labels, datasets: spec.series.map(function (s, i) {
        return { label: s.label, data: s.data, backgroundColor: colours[i], borderColor: colours[i],
                 spanGaps: true, tension: 0.2 };
      }) },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
                 scales: { y: { beginAtZero: true, suggestedMax: max } } }
    });
  }
  draw("chart-implementation", data.implementation, "bar", 100);
  draw("chart-budget", data.budget, "bar");
  draw("chart-ita", data.ita, "line", 100);
  draw("chart-cases", data.cases, "line", 60);
})();
