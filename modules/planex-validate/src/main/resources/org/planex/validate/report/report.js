/* planex HTML report: draws the embedded data block with Leaflet. Every value from the data is set as text. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('planex-data').textContent);
  var CATEGORY = {
    'residential': '#ffd94a', 'education': '#ff8cc6', 'health': '#ff6f6f', 'other-public-service': '#f4a6d7',
    'commercial': '#e8342c', 'light-industry': '#c89a64', 'heavy-industry': '#7b4a26', 'logistics': '#9d84d6',
    'transport': '#9e9e9e', 'utilities': '#4ba3c7', 'nuisance-utilities': '#2b5d6b', 'green-open-space': '#6cc24a',
    'agriculture': '#e2f0a0', 'forest': '#2e7d32', 'water': '#7fb2e5', 'wetland': '#7fd1c2',
    'ecological-protection': '#1b5e20', 'special': '#8a8a3c', 'reserved': '#e6e6e6', 'other': '#c4c4c4',
    'unmapped': '#ffffff'
  };
  var CONTROL = {
    'ecological-red-line': '#00a651', 'permanent-basic-farmland': '#b59b00', 'urban-development-boundary': '#e31a1c'
  };
  var SEVERITY = { error: '#d50000', warning: '#ff8f00', info: '#1565c0' };
  var HIGHLIGHT = '#00e5ff';
  /* Pixels left free above an issue for its popup. */
  var POPUP_ROOM = 270;

  var map = L.map('planex-map', { zoomSnap: 0.25, maxZoom: 24, attributionControl: false, fadeAnimation: false });
  var featureLayers = [];
  var issueLayers = {};
  var selected = null;
  var openPopup = null;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function details(rows) {
    var dl = el('dl', null, 'planex-popup');
    rows.forEach(function (r) {
      if (r[1] === null || r[1] === undefined || r[1] === '') { return; }
      dl.appendChild(el('dt', r[0]));
      dl.appendChild(el('dd', r[1]));
    });
    return dl;
  }

  function geo(geometry, options) {
    return L.geoJSON({ type: 'Feature', properties: {}, geometry: geometry }, options);
  }

  function baseStyle(f) {
    if (f.kind === 'zone') {
      return { color: '#555', weight: 0.6, fillColor: CATEGORY[f.category] || '#c4c4c4', fillOpacity: 0.75 };
    }
    if (f.kind === 'controlArea') {
      return { color: CONTROL[f.category] || '#7b1fa2', weight: 2, dashArray: '6 4', fillOpacity: 0.12 };
    }
    if (f.kind === 'corridor') {
      return { color: '#424242', weight: 3, fillColor: '#bdbdbd', fillOpacity: 0.5 };
    }
    return { color: '#6a1b9a', weight: 2, fillColor: '#ce93d8', fillOpacity: 0.9 };
  }

  var groups = {
    'zone': L.featureGroup(), controlArea: L.featureGroup(), 'corridor': L.featureGroup(),
    'facility': L.featureGroup()
  };
  var outlines = L.featureGroup();
  var bands = L.featureGroup();
  var borders = L.featureGroup();
  var issues = L.featureGroup();

  data.packages.forEach(function (p) {
    if (!p.outline) { return; }
    var layer = geo(p.outline, { style: { color: '#333', weight: 1.5, fill: false }, interactive: false });
    outlines.addLayer(layer);
    var label = el('span', p.jurisdiction || p.id);
    L.tooltip({ permanent: true, direction: 'center', className: 'planex-label', interactive: false })
      .setLatLng(layer.getBounds().getCenter()).setContent(label).addTo(outlines);
  });

  data.borders.forEach(function (b) {
    if (b.band) {
      bands.addLayer(geo(b.band, { style: { stroke: false, fillColor: '#6a1b9a', fillOpacity: 0.1 },
        interactive: false }));
    }
    if (b.line) {
      var line = geo(b.line, { style: { color: '#6a1b9a', weight: 3 } });
      line.bindTooltip(el('span', 'border ' + b.label));
      borders.addLayer(line);
    }
  });

  data.features.forEach(function (f, k) {
    var layer = geo(f.geometry, {
      style: function () { return baseStyle(f); },
      pointToLayer: function (pt, latlng) { return L.circleMarker(latlng, { radius: 6 }); }
    });
    layer.bindPopup(function () {
      return details([['feature', f.package + ' / ' + f.id], ['name', f.name], ['kind', f.kind],
        ['category', f.category], ['code', f.code]]);
    });
    layer.planexFeature = k;
    featureLayers[k] = layer;
    groups[f.kind].addLayer(layer);
  });

  function measures(i) {
    return Object.keys(i.measures).map(function (m) { return m + ' = ' + i.measures[m]; }).join(', ');
  }

  function issuePopup(i) {
    return details([['issue ' + i.n, i.rule + (i.kind ? ' (' + i.kind + ')' : '')], ['severity', i.severity],
      ['message and fix', i.message], ['measures', measures(i)], ['packages', i.packages.join(' | ')],
      ['features', i.features.join(', ')]]);
  }

  function issueStyle(i, on) {
    var c = SEVERITY[i.severity] || '#1565c0';
    return { color: on ? HIGHLIGHT : c, weight: on ? 5 : 2.5, fillColor: c, fillOpacity: 0.45 };
  }

  data.issues.forEach(function (i) {
    if (!i.geometry) { return; }
    var layer = geo(i.geometry, {
      style: function () { return issueStyle(i, false); },
      pointToLayer: function (pt, latlng) { return L.circleMarker(latlng, { radius: 7 }); }
    });
    layer.bindPopup(function () { return issuePopup(i); });
    layer.on('click', function () { select(i.n, false); });
    issueLayers[i.n] = layer;
    issues.addLayer(layer);
  });

  [bands, groups.zone, groups.controlArea, groups.corridor, groups.facility, outlines, borders, issues]
    .forEach(function (g) { g.addTo(map); });
  L.control.layers(null, {
    'Zones (by category)': groups.zone, 'Control areas': groups.controlArea, 'Corridors': groups.corridor,
    'Facilities': groups.facility, 'Border band': bands, 'Borders': borders, 'Plan outlines': outlines,
    'Issues': issues
  }, { collapsed: false }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);

  var present = {};
  data.features.forEach(function (f) { if (f.kind === 'zone') { present[f.category] = true; } });
  var legendEntries = Object.keys(CATEGORY).filter(function (c) { return present[c]; });
  var legend = L.control({ position: 'bottomright' });
  legend.onAdd = function () {
    var div = el('div', null, 'planex-legend');
    div.appendChild(el('b', 'Zones by harmonised category'));
    legendEntries.forEach(function (c) {
      var row = el('div');
      var swatch = el('i');
      swatch.style.background = CATEGORY[c];
      row.appendChild(swatch);
      row.appendChild(document.createTextNode(c));
      div.appendChild(row);
    });
    return div;
  };
  if (legendEntries.length > 0) { legend.addTo(map); }

  var overview = L.latLngBounds([]);
  [outlines, issues, groups.zone].forEach(function (g) {
    var b = g.getBounds();
    if (b.isValid()) { overview.extend(b); }
  });
  if (overview.isValid()) { map.fitBounds(overview, { padding: [10, 10] }); } else { map.setView([0, 0], 2); }

  function issueBounds(i) {
    var b = L.latLngBounds([]);
    if (issueLayers[i.n]) { b.extend(issueLayers[i.n].getBounds()); }
    if (!b.isValid()) {
      i.targets.forEach(function (t) { b.extend(featureLayers[t].getBounds()); });
    }
    if (!b.isValid()) { return null; }
    var c = b.getCenter();
    return b.extend(c.toBounds(60));
  }

  function restyle(i, on) {
    if (issueLayers[i.n]) { issueLayers[i.n].setStyle(issueStyle(i, on)); }
    i.targets.forEach(function (t) {
      var f = data.features[t];
      var layer = featureLayers[t];
      layer.setStyle(on ? { color: HIGHLIGHT, weight: 5, dashArray: null } : baseStyle(f));
      if (on) { layer.bringToFront(); }
    });
    if (on && issueLayers[i.n]) { issueLayers[i.n].bringToFront(); }
  }

  function byNumber(n) {
    for (var k = 0; k < data.issues.length; k++) { if (data.issues[k].n === n) { return data.issues[k]; } }
    return null;
  }

  function select(n, zoom) {
    var i = byNumber(n);
    if (!i) { return; }
    if (selected) {
      restyle(selected, false);
      var old = document.querySelector('#planex-issues li[data-issue="' + selected.n + '"]');
      if (old) { old.classList.remove('selected'); }
    }
    selected = i;
    restyle(i, true);
    var li = document.querySelector('#planex-issues li[data-issue="' + i.n + '"]');
    if (li) { li.classList.add('selected'); li.scrollIntoView({ block: 'nearest' }); }
    var b = issueBounds(i);
    if (b && zoom) {
      map.fitBounds(b, { paddingTopLeft: [40, POPUP_ROOM], paddingBottomRight: [40, 30], animate: false });
      openPopup = L.popup({ autoPan: false, maxHeight: POPUP_ROOM - 60, maxWidth: 420 })
        .setLatLng([b.getNorth(), b.getCenter().lng]).setContent(issuePopup(i)).openOn(map);
    }
  }

  var list = document.getElementById('planex-issues');
  var ruleFilter = document.getElementById('planex-rule');
  var severityFilter = document.getElementById('planex-severity');
  function options(select, values) {
    values.forEach(function (v) { var o = el('option', v); o.value = v; select.appendChild(o); });
  }
  options(ruleFilter, Object.keys(data.issues.reduce(function (a, i) { a[i.rule] = 1; return a; }, {})).sort());
  options(severityFilter, ['error', 'warning', 'info'].filter(function (s) {
    return data.issues.some(function (i) { return i.severity === s; });
  }));
  data.issues.forEach(function (i) {
    var li = el('li');
    li.value = i.n;
    li.setAttribute('data-issue', String(i.n));
    li.appendChild(el('span', i.severity, i.severity));
    li.appendChild(document.createTextNode(' '));
    li.appendChild(el('span', i.rule + (i.kind ? ' (' + i.kind + ')' : ''), 'rule'));
    li.appendChild(el('div', i.message));
    li.addEventListener('click', function () { select(i.n, true); });
    list.appendChild(li);
  });
  function filter() {
    var r = ruleFilter.value;
    var s = severityFilter.value;
    data.issues.forEach(function (i) {
      var shown = (!r || i.rule === r) && (!s || i.severity === s);
      document.querySelector('#planex-issues li[data-issue="' + i.n + '"]').style.display = shown ? '' : 'none';
      var layer = issueLayers[i.n];
      if (layer) {
        if (shown && !issues.hasLayer(layer)) { issues.addLayer(layer); }
        if (!shown && issues.hasLayer(layer)) { issues.removeLayer(layer); }
      }
    });
  }
  ruleFilter.addEventListener('change', filter);
  severityFilter.addEventListener('change', filter);

  function boundsOf(b) {
    return b ? [[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]] : null;
  }

  /* A hook for tests and for whoever embeds the report: reads the state, never changes the data. */
  window.planexReport = {
    map: map,
    highlight: HIGHLIGHT,
    select: function (n) { select(n, true); },
    selected: function () { return selected ? selected.n : null; },
    mapBounds: function () { return boundsOf(map.getBounds()); },
    issueBounds: function (n) { var i = byNumber(n); return i ? boundsOf(issueBounds(i)) : null; },
    highlighted: function () {
      var out = [];
      featureLayers.forEach(function (layer, k) {
        layer.eachLayer(function (l) {
          if (l.options.color === HIGHLIGHT && out.indexOf(k) < 0) { out.push(k); }
        });
      });
      return out.map(function (k) { return data.features[k].package + '/' + data.features[k].id; });
    },
    zoneColours: function () {
      var out = {};
      featureLayers.forEach(function (layer, k) {
        var f = data.features[k];
        if (f.kind !== 'zone') { return; }
        layer.eachLayer(function (l) { out[f.package + '/' + f.id] = f.category + ' ' + l.options.fillColor; });
      });
      return out;
    },
    markerColour: function (n) {
      var colour = null;
      if (issueLayers[n]) { issueLayers[n].eachLayer(function (l) { colour = l.options.color; }); }
      return colour;
    },
    popup: function () {
      return openPopup && openPopup.isOpen() ? openPopup.getElement().textContent : null;
    },
    legend: function () { return legendEntries.map(function (c) { return c + ' ' + CATEGORY[c]; }); },
    layers: function () {
      return Object.keys(groups).map(function (g) { return g + ' ' + groups[g].getLayers().length; });
    }
  };
}());
