<?xml version="1.0" encoding="UTF-8"?>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/6/0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" gml:id="FP60">
  <gml:boundedBy><gml:Envelope srsName="EPSG:25832"><gml:lowerCorner>480000 5750000</gml:lowerCorner><gml:upperCorner>480300 5750300</gml:upperCorner></gml:Envelope></gml:boundedBy>
  <gml:featureMember>
    <xplan:FP_Plan gml:id="PLAN_FP60">
      <xplan:name>Flächennutzungsplan Köln 2040</xplan:name>
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
      <xplan:gehoertZuPlan xlink:href="#PLAN_FP60"/>
    </xplan:FP_Bereich>
  </gml:featureMember>
  <gml:featureMembers>
    <xplan:FP_BebauungsFlaeche gml:id="FM_1">
      <xplan:uuid>fm_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480000.00 5750000.00 480100.00 5750000.00 480100.00 5750100.00 480000.00 5750100.00 480000.00 5750000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:allgArtDerBaulNutzung>2000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1450</xplan:besondereArtDerBaulNutzung>
    </xplan:FP_BebauungsFlaeche>
    <xplan:FP_BebauungsFlaeche gml:id="FS_1">
      <xplan:uuid>fs_1-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480100.00 5750000.00 480200.00 5750000.00 480200.00 5750100.00 480100.00 5750100.00 480100.00 5750000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:allgArtDerBaulNutzung>4000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>2000</xplan:besondereArtDerBaulNutzung>
    </xplan:FP_BebauungsFlaeche>
    <xplan:FP_BebauungsFlaeche gml:id="FW_2">
      <xplan:uuid>fw_2-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480200.00 5750000.00 480300.00 5750000.00 480300.00 5750100.00 480200.00 5750100.00 480200.00 5750000.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
      <xplan:allgArtDerBaulNutzung>1000</xplan:allgArtDerBaulNutzung>
      <xplan:besondereArtDerBaulNutzung>1100</xplan:besondereArtDerBaulNutzung>
    </xplan:FP_BebauungsFlaeche>
    <xplan:FP_Gruen gml:id="FGR_2">
      <xplan:uuid>fgr_2-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480000.00 5750100.00 480150.00 5750100.00 480150.00 5750200.00 480000.00 5750200.00 480000.00 5750100.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
    </xplan:FP_Gruen>
    <xplan:FP_WaldFlaeche gml:id="FWA_2">
      <xplan:uuid>fwa_2-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>480150.00 5750100.00 480300.00 5750100.00 480300.00 5750200.00 480150.00 5750200.00 480150.00 5750100.00</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
      </xplan:position>
    </xplan:FP_WaldFlaeche>
    <xplan:FP_Gewaesser gml:id="FGW_2">
      <xplan:uuid>fgw_2-0000</xplan:uuid>
      <xplan:rechtscharakter>1000</xplan:rechtscharakter>
      <xplan:gehoertZuBereich xlink:href="#B1"/>
      <xplan:position>
        <gml:Surface srsName="EPSG:25832"><gml:patches><gml:PolygonPatch><gml:exterior><gml:LinearRing><gml:posList>480000.00 5750200.00 480150.00 5750200.00 480150.00 5750300.00 480000.00 5750300.00 480000.00 5750200.00</gml:posList></gml:LinearRing></gml:exterior></gml:PolygonPatch><gml:PolygonPatch><gml:exterior><gml:LinearRing><gml:posList>480150.00 5750200.00 480300.00 5750200.00 480300.00 5750300.00 480150.00 5750300.00 480150.00 5750200.00</gml:posList></gml:LinearRing></gml:exterior></gml:PolygonPatch></gml:patches></gml:Surface>
      </xplan:position>
    </xplan:FP_Gewaesser>
  </gml:featureMembers>
</xplan:XPlanAuszug>
