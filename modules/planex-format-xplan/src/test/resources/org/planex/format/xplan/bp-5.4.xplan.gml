<?xml version="1.0" encoding="UTF-8"?>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/4" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" gml:id="AUSZUG_BP54">
  <gml:boundedBy><gml:Envelope srsName="EPSG:25832"><gml:lowerCorner>565000 5933000</gml:lowerCorner><gml:upperCorner>565300 5933300</gml:upperCorner></gml:Envelope></gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="PLAN_BP54">
      <xplan:name>Wohnen am Mühlenteich</xplan:name>
      <xplan:nummer>BP-17</xplan:nummer>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>565000.00 5933000.00 565300.00 5933000.00 565300.00 5933200.00 565000.00 5933200.00 565000.00 5933000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde><xplan:XP_Gemeinde><xplan:ags>02000000</xplan:ags><xplan:gemeindeName>Hamburg</xplan:gemeindeName></xplan:XP_Gemeinde></xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:inkrafttretensDatum>2021-06-15</xplan:inkrafttretensDatum>
      <xplan:bereich xlink:href="#B1"/>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="B1">
      <xplan:nummer>0</xplan:nummer>
      <xplan:name>Geltungsbereich</xplan:name>
      <xplan:gehoertZuPlan xlink:href="#PLAN_BP54"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="WA_1">
      <xplan:uuid>wa_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>565000.00 5933000.00 565100.00 5933000.00 565100.00 5933100.00 565000.00 5933100.00 565000.00 5933000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:GFZ>0.8</xplan:GFZ>
      <xplan:Z>2</xplan:Z>
      <xplan:allgArtDerBaulNutzung>1000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>1000</xplan:bauweise>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="MI_1">
      <xplan:uuid>mi_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Surface srsName="EPSG:25832"><gml:patches><gml:PolygonPatch><gml:exterior><gml:LinearRing><gml:posList>565100.00 5933000.00 565200.00 5933000.00 565200.00 5933100.00 565100.00 5933100.00 565100.00 5933000.00</gml:posList></gml:LinearRing></gml:exterior></gml:PolygonPatch></gml:patches></gml:Surface>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.6</xplan:GRZ>
      <xplan:GFZ>1.2</xplan:GFZ>
      <xplan:Zmax>3</xplan:Zmax>
      <xplan:allgArtDerBaulNutzung>2000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1500</xplan:besondereArtDerBaulNutzung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GemeinbedarfsFlaeche gml:id="GB_1">
      <xplan:uuid>gb_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>565200.00 5933000.00 565300.00 5933000.00 565300.00 5933100.00 565200.00 5933100.00 565200.00 5933000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1200</xplan:zweckbestimmung>
      <xplan:GRZ>0.5</xplan:GRZ>
    </xplan:BP_GemeinbedarfsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GR_1">
      <xplan:uuid>gr_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:Ring><gml:curveMember><gml:Curve><gml:segments><gml:LineStringSegment interpolation="linear"><gml:posList>565000.00 5933100.00 565100.00 5933100.00 565100.00 5933200.00</gml:posList></gml:LineStringSegment><gml:Arc interpolation="circularArc3Points"><gml:posList>565100.00 5933200.00 565050.00 5933190.00 565000.00 5933200.00</gml:posList></gml:Arc><gml:LineStringSegment interpolation="linear"><gml:posList>565000.00 5933200.00 565000.00 5933100.00</gml:posList></gml:LineStringSegment></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
      <xplan:nutzungsform>2000</xplan:nutzungsform>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenVerkehrsFlaeche gml:id="ST_1">
      <xplan:uuid>st_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>565100.00 5933100.00 565300.00 5933100.00 565300.00 5933130.00 565100.00 5933130.00 565100.00 5933100.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
    </xplan:BP_StrassenVerkehrsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerkehrsflaecheBesondererZweckbestimmung gml:id="VB_1">
      <xplan:uuid>vb_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>565100.00 5933130.00 565300.00 5933130.00 565300.00 5933200.00 565100.00 5933200.00 565100.00 5933130.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1100</xplan:zweckbestimmung>
    </xplan:BP_VerkehrsflaecheBesondererZweckbestimmung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="SPE_1">
      <xplan:uuid>spe_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>565010.00 5933110.00 565040.00 5933110.00 565040.00 5933140.00 565010.00 5933140.00 565010.00 5933110.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:ziel>1000</xplan:ziel>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="BG_1">
      <xplan:uuid>bg_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:25832"><gml:posList>565005.00 5933005.00 565095.00 5933005.00 565095.00 5933095.00</gml:posList></gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="BG_2">
      <xplan:uuid>bg_2-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:25832"><gml:posList>565105.00 5933005.00 565195.00 5933005.00</gml:posList></gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
</xplan:XPlanAuszug>
