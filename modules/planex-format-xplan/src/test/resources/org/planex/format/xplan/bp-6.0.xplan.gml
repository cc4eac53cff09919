<?xml version="1.0" encoding="UTF-8"?>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/6/0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" gml:id="AUSZUG_BP60">
  <gml:boundedBy><gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/25833"><gml:lowerCorner>390000 5820000</gml:lowerCorner><gml:upperCorner>390300 5820300</gml:upperCorner></gml:Envelope></gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="PLAN_BP60">
      <xplan:name>Gewerbepark Spreebogen</xplan:name>
      <xplan:nummer>XII-42</xplan:nummer>
      <xplan:raeumlicherGeltungsbereich>
        <gml:Polygon srsName="http://www.opengis.net/def/crs/EPSG/0/25833"><gml:exterior><gml:LinearRing><gml:posList>390000.00 5820000.00 390200.00 5820000.00 390200.00 5820200.00 390000.00 5820200.00 390000.00 5820000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde><xplan:XP_Gemeinde><xplan:ags>11000000</xplan:ags><xplan:gemeindeName>Berlin</xplan:gemeindeName></xplan:XP_Gemeinde></xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>3000</xplan:rechtsstand>
      <xplan:inkrafttretensDatum>2024-02-01</xplan:inkrafttretensDatum>
      <xplan:bereich xlink:href="#B1"/>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="B1">
      <xplan:nummer>0</xplan:nummer>
      <xplan:name>Geltungsbereich</xplan:name>
      <xplan:gehoertZuPlan xlink:href="#PLAN_BP60"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GE_1">
      <xplan:uuid>ge_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:MultiSurface srsName="http://www.opengis.net/def/crs/EPSG/0/25833"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>390000.00 5820000.00 390100.00 5820000.00 390100.00 5820100.00 390000.00 5820100.00 390000.00 5820000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:BMZ>10.0</xplan:BMZ>
      <xplan:allgArtDerBaulNutzung>3000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GI_1">
      <xplan:uuid>gi_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="http://www.opengis.net/def/crs/EPSG/0/25833"><gml:exterior><gml:LinearRing><gml:posList>390100.00 5820000.00 390200.00 5820000.00 390200.00 5820100.00 390100.00 5820100.00 390100.00 5820000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:allgArtDerBaulNutzung>3000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="MU_1">
      <xplan:uuid>mu_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="http://www.opengis.net/def/crs/EPSG/0/25833"><gml:exterior><gml:LinearRing><gml:posList>390000.00 5820100.00 390100.00 5820100.00 390100.00 5820200.00 390000.00 5820200.00 390000.00 5820100.00</gml:posList></gml:LinearRing></gml:exterior><gml:interior><gml:Ring><gml:curveMember><gml:Curve><gml:segments><gml:CircleByCenterPoint numArc="1"><gml:pos>390050 5820150</gml:pos><gml:radius uom="m">40</gml:radius></gml:CircleByCenterPoint></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:interior></gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>3.0</xplan:GFZ>
      <xplan:Z>5</xplan:Z>
      <xplan:allgArtDerBaulNutzung>2000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1550</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GR_RUND">
      <xplan:uuid>gr_rund-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="http://www.opengis.net/def/crs/EPSG/0/25833"><gml:exterior><gml:Ring><gml:curveMember><gml:Curve><gml:segments><gml:CircleByCenterPoint numArc="1"><gml:pos>390050 5820150</gml:pos><gml:radius uom="m">40</gml:radius></gml:CircleByCenterPoint></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="MDW_1">
      <xplan:uuid>mdw_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="http://www.opengis.net/def/crs/EPSG/0/25833"><gml:exterior><gml:LinearRing><gml:posList>390100.00 5820100.00 390200.00 5820100.00 390200.00 5820200.00 390100.00 5820200.00 390100.00 5820100.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.3</xplan:GRZ>
      <xplan:allgArtDerBaulNutzung>2000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1450</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="BL_1">
      <xplan:uuid>bl_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:LineString srsName="http://www.opengis.net/def/crs/EPSG/0/25833"><gml:posList>390110.00 5820110.00 390190.00 5820110.00</gml:posList></gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
</xplan:XPlanAuszug>
