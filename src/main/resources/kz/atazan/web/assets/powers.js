// The power map: who may appoint, dismiss, consent to, dissolve or overrule whom, laid out by ELK
// (layered, left to right) in Cytoscape. The data is the page's own /api/powers document.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  if (!box || typeof cytoscape === "undefined") { return; }
  var colours = { appoint: "#2b6cb0", nominate: "#4a90c2", consent: "#2f855a", elect: "#6b46c1", dismiss: "#c53030",
    recall: "#dd6b20", remove: "#9b2c2c", dissolve: "#744210", "no-confidence": "#b7791f", "revoke-act": "#553c9a" };
  fetch(box.getAttribute("data-source"), { headers: { "Accept": "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (map) {
      var nodes = {};
      var edges = [];
      map.powers.forEach(function (p, i) {
        nodes[p.actor] = p.actorText;
        nodes[p.target] = p.targetText;
        edges.push({ data: { id: "e" + i, source: p.actor, target: p.target, act: p.act, label: p.act,
          colour: colours[p.act] || "#4a5568", open: p.verdict === "undetermined" ? "dashed" : "solid" } });
      });
      var elements = Object.keys(nodes).map(function (k) { return { data: { id: k, label: nodes[k] } }; }).concat(edges);
      var cy = cytoscape({
        container: box,
        elements: elements,
        wheelSensitivity: 0.3,
        style: [
          { selector: "node", style: { "label": "data(label)", "text-wrap": "wrap", "text-max-width": "140px", "font-size": "10px",
            "text-valign": "center", "text-halign": "center", "shape": "round-rectangle", "width": "150px", "height": "44px",
            "background-color": "#edf2f7", "border-width": 1, "border-color": "#718096" } },
          { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", "width": 1.5,
            "line-color": "data(colour)", "target-arrow-color": "data(colour)", "line-style": "data(open)",
            "label": "data(label)", "font-size": "8px", "text-rotation": "autorotate", "text-background-color": "#fff",
            "text-background-opacity": 0.8, "text-background-padding": "1px" } },
          { selector: ".faded", style: { "opacity": 0.12 } }
        ]
      });
      var layout = cy.layout({ name: "elk", nodeDimensionsIncludeLabels: true, fit: true, padding: 20,
          elk: { "algorithm": "layered", "elk.direction": "RIGHT", "elk.layered.spacing.nodeNodeBetweenLayers": 90,
            "elk.spacing.nodeNode": 25, "elk.edgeRouting": "SPLINES" } });
      layout.one("layoutstop", function () { box.setAttribute("data-laid-out", "true"); });
      layout.run();
      // choosing a body shows its powers and those over it alone
      cy.on("tap", "node", function (event) {
        var near = event.target.closedNeighborhood();
        cy.elements().addClass("faded");
        near.removeClass("faded");
      });
      cy.on("tap", function (event) {
        if (event.target === cy) { cy.elements().removeClass("faded"); }
      });
      box.setAttribute("data-nodes", String(cy.nodes().length));
    })
    .catch(function (e) {
      box.setAttribute("data-error", String(e));
    });
})();
