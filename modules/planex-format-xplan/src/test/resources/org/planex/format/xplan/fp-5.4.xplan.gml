<?xml version="1.0" encoding="UTF-8"?>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/4" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" gml:id="FP54">
  <gml:boundedBy><gml:Envelope srsName="EPSG:25832"><gml:lowerCorner>480000 5750000</gml:lowerCorner><gml:upperCorner>480300 5750300</gml:upperCorner></gml:Envelope></gml:boundedBy>
  <gml:featureMember>
    <xplan:FP_Plan gml:id="PLAN_FP54">
      <xplan:name>Flächennutzungsplan Köln 2030</xplan:name>
      <xplan:nummer>FNP-2030</xplan:nummer>
      <xplan:raeumlicherGeltungsbereich>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480000.00 5750000.00 480300.00 5750000.00 480300.00 5750300.00 480000.00 5750300.00 480000.00 5750000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde><xplan:XP_Gemeinde><xplan:ags>05315000</xplan:ags><xplan:gemeindeName>Köln</xplan:gemeindeName></xplan:XP_Gemeinde></xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:wirksamkeitsDatum>2019-03-01</xplan:wirksamkeitsDatum>
      <xplan:bereich xlink:href="#B1"/>
    </xplan:FP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:FP_Bereich gml:id="B1">
      <xplan:nummer>0</xplan:nummer>
      <xplan:name>Geltungsbereich</xplan:name>
      <xplan:gehoertZuPlan xlink:href="#PLAN_FP54"/>
    </xplan:FP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:FP_BebauungsFlaeche gml:id="FW_1">
      <xplan:uuid>fw_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480000.00 5750000.00 480100.00 5750000.00 480100.00 5750100.00 480000.00 5750100.00 480000.00 5750000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:allgArtDerBaulNutzung>1000</xplan:allgArtDerBaulNutzung>
      <xplan:GFZ>1.0</xplan:GFZ>
    </xplan:FP_BebauungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:FP_BebauungsFlaeche gml:id="FG_1">
      <xplan:uuid>fg_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480100.00 5750000.00 480200.00 5750000.00 480200.00 5750100.00 480100.00 5750100.00 480100.00 5750000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:allgArtDerBaulNutzung>3000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
    </xplan:FP_BebauungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:FP_Gemeinbedarf gml:id="FGB_1">
      <xplan:uuid>fgb_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480200.00 5750000.00 480300.00 5750000.00 480300.00 5750100.00 480200.00 5750100.00 480200.00 5750000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:FP_Gemeinbedarf>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:FP_Gruen gml:id="FGR_1">
      <xplan:uuid>fgr_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480000.00 5750100.00 480100.00 5750100.00 480100.00 5750200.00 480000.00 5750200.00 480000.00 5750100.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:FP_Gruen>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:FP_LandwirtschaftsFlaeche gml:id="FLW_1">
      <xplan:uuid>flw_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480100.00 5750100.00 480200.00 5750100.00 480200.00 5750200.00 480100.00 5750200.00 480100.00 5750100.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
    </xplan:FP_LandwirtschaftsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:FP_WaldFlaeche gml:id="FWA_1">
      <xplan:uuid>fwa_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480200.00 5750100.00 480300.00 5750100.00 480300.00 5750200.00 480200.00 5750200.00 480200.00 5750100.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
    </xplan:FP_WaldFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:FP_Gewaesser gml:id="FGW_1">
      <xplan:uuid>fgw_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:MultiSurface srsName="EPSG:25832"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>480000.00 5750200.00 480300.00 5750200.00 480300.00 5750300.00 480000.00 5750300.00 480000.00 5750200.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface>
      </xplan:position>
    </xplan:FP_Gewaesser>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:FP_SchutzPflegeEntwicklung gml:id="FSPE_1">
      <xplan:uuid>fspe_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480210.00 5750110.00 480290.00 5750110.00 480290.00 5750190.00 480210.00 5750190.00 480210.00 5750110.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
    </xplan:FP_SchutzPflegeEntwicklung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:FP_VerEntsorgung gml:id="FVE_1">
      <xplan:uuid>fve_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480120.00 5750120.00 480140.00 5750120.00 480140.00 5750140.00 480120.00 5750140.00 480120.00 5750120.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:FP_VerEntsorgung>
  </gml:featureMember>
</xplan:XPlanAuszug>
