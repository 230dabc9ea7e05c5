// sitrep web map: an offline basemap of country borders and event cells.
// Everything taken from the data is put into the page as text (textContent), never
// as HTML, because place names and event fields come from untrusted articles.
(function () {
  const COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
  };
  const state = {};

  function colour(type) {
    return COLOURS[type] || "#34495e";
  }

  function tooltip(cell) {
    const box = document.createElement("div");
    const head = document.createElement("b");
    head.textContent = cell.count === 1 ? cell.event_type : cell.count + " events";
    box.appendChild(head);
    const rest = document.createElement("div");
    rest.textContent = (cell.count === 1 ? "" : "mostly " + cell.event_type + "; ") +
      "fatalities " + cell.fatalities;
    box.appendChild(rest);
    return box;
  }

  async function init(elementId, basemapUrl, tileUrl) {
    const map = getElement(elementId).map;
    state[elementId] = { map: map, layer: null };
    map.getContainer().style.background = "#d4e6f1";
    if (tileUrl) {
      window.L.tileLayer(tileUrl, { maxZoom: 18 }).addTo(map);
    } else {
      const response = await fetch(basemapUrl);
      const borders = await response.json();
      window.L.geoJSON(borders, {
        style: { color: "#8a8a8a", weight: 0.7, fillColor: "#f7f4ec", fillOpacity: 1 },
        interactive: false,
      }).addTo(map);
    }
  }

  function draw(elementId, cells) {
    const entry = state[elementId];
    if (!entry) return;
    if (entry.layer) entry.map.removeLayer(entry.layer);
    const group = window.L.layerGroup();
    for (const cell of cells) {
      const radius = 4 + 2.5 * Math.log2(1 + cell.fatalities) + Math.min(8, Math.log2(cell.count) * 2);
      const marker = window.L.circleMarker([cell.lat, cell.lon], {
        radius: radius,
        color: "#222",
        weight: 0.8,
        fillColor: colour(cell.event_type),
        fillOpacity: 0.75,
        className: "sitrep-cell",
      });
      marker.bindTooltip(tooltip(cell));
      marker.on("click", function () {
        if (cell.event_id) {
          window.location.assign("/event/" + encodeURIComponent(cell.event_id));
        } else {
          entry.map.setView([cell.lat, cell.lon], entry.map.getZoom() + 2);
        }
      });
      group.addLayer(marker);
    }
    group.addTo(entry.map);
    entry.layer = group;
    window.__sitrepMapCells = cells.length;
    if (window.__sitrepMapDrawnAt === undefined) window.__sitrepMapDrawnAt = performance.now();
  }

  window.sitrepMap = { init: init, draw: draw, colours: COLOURS };
})();
