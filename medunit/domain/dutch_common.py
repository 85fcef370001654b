"""About 1295 frequent ordinary Dutch words (plus everyday insurance/advice wording), lowercase.

Used by ``medunit.domain.leakcheck``: a word that a remark shares with a case's health entries is only
suspicious when it is *not* ordinary Dutch. Pure data, no I/O.
"""

from __future__ import annotations

_WORDS = """
aan aanbieden aanbod aandacht aandeel aangenaam aangeven aangezien aanhouden aankomen aanleiding aannemen aanpak
aanpakken aanpassen aanpassing aanraden aansluiten aantal aantonen aantrekkelijk aanvraag aanvragen aanvullend
aanvullende aanwezig aanwezigheid aanzien aarde absoluut acceptatie accepteren acht achten achter achteraf
achtergrond actie actief activiteit activiteiten actueel adem adres advies adviesaanvraag adviseren adviseur af
afdeling afgelopen afgerond afgesproken afhandeling afhankelijk afnemen afronden afscheid afsluiten afspraak
afspraken afspreken afstand afval afwijzen afwijzing akkoord al alarm algemeen algemene alle alleen allemaal
allerlei alles als alsnog alsof alstublieft altijd ambacht ambtenaar amper analyse ander andere anders angst
antwoord antwoordde antwoorden antwoordt apart apotheek appartement april arbeid arbeidsongeschikt
arbeidsongeschiktheid arbeidsongeschiktheidsverzekering archief arm armen artikel arts artsen auto automatisch
avond avondeten baan baas baby bakker balans band bang bank baseren basis bazen bed bedankt bedoelen bedoeling
bedrag bedragen bedrijf bedrijven beeld beeldvorming beest beetje begeleiding begin beginnen begrijpen begrip
behalve behandelaar behandelaars behandelen behandeling behandelingen beheer behoefte behoren beide bekend
bekende bekijken belang belangrijk belangrijke beleid belemmering beleven bellen ben beneden benen beoordelaar
beoordelen beoordeling bepaald bepaalde bepalen beperking beperkingen beperkt bereid bereik bereiken berekenen
berg bergen bericht beroep beschermen beschikbaar beschikken beschikking beschreven beschrijving beslissing
besluit besluiten bespreken besproken best bestaan bestaande bestand beste besteden bestellen bestuur betalen
betekenen betekenis beter betere betreft betrekking betrokken betrokkene betrouwbaar beurt bevestigen bevinding
bevindingen bewaren bewijs bewust bezig bezoek bezoeken bezwaar bieden bij bijdrage bijna bijvoorbeeld bijzonder
bijzondere binnen binnenkomen binnenkort binnenland blad blauw blijft blijkbaar blijkt blijven blijvend
blijvende bloem bloemen boek boeken boer boodschap boos bord bos boter boven brand breder breed breken brengen
brief briefje bril broek broer bron brood brug buiten buitenland bus buurt causaal centrum cijfer cijfers claim
claims college conclusie concreet contact contract controle controles cultuur daarbij daardoor daarmee daarna
daarnaast daarom daarvan daarvoor dag dagelijks dagen dak dame dames dan dank danken dansen dapper dat datum de
december deed deel deken dekking delen denken derde dergelijke desondanks deze dicht dichtbij die dienen dienst
diensten diep dier dieren dik dikwijls ding dingen dinsdag direct directeur dit doch dochter doel doen dokter
dokters donderdag donker dood door doordat doorgaan dorp dossier dossiers draaien dragen drie drinken dromen
droog drukte dubbel duidelijk duidelijke duizend dunne durven dus duur duurzaam echt echter economie een eens
eenvoudig eerder eerdere eerlijk eerst eerste effect eigen eigenaar eigenlijk eigenschap eiland eind einde
eindtoestand eis eisen elders elf elk elke en energie enige enkel enkele enorm er erg ergens ervan ervaring
ervaringen eten evaluatie even evenals eveneens eventueel examen exclusief expertise extra fabriek familie
februari feest feit feitelijk fiets film financieel fles formulier formulieren foto fout fris fruit functioneel
functionele gaan gaat gang gebeurd gebeuren gebied geboorte geboortedatum geboren gebouw gebruik gebruiken
gebruikt gedaan gedachte gedeeltelijk gedeeltelijke gedrag gedurende geel geen gegeven gegevens geheim gehele
geld gelden geldig geldt geleden gelijk geloven gelukkig gemaakt gemeente gemeld gemiddeld genoeg gerekend
gericht geschiedenis geschikt gesloten gesprek gesprekken gesteld gevaar geval gevallen geven gevoel gevolg
gevolgen gevonden gevraagd gevraagde gewicht gewijzigd gewone gewoon gewoonte gezamenlijk gezegd gezicht gezin
gezond gezondheid ging glas goed goede goud graag gras grens griep grijs groen groente groep grond grondslag
groot grote haar haast hadden halen half hand handel handen hangen hard hart haven heb hebben heeft heel
heerlijk heet helder hele helemaal helft helpen hem hen herbeoordeling herfst herinnering heropname herstel
hersteld herstellen het heuvel hier hierbij hierdoor hiermee hiervan hij hoe hoeveel hoewel hond honderd honger
hoofd hoofdzaak hoog hoogte hoop horen hotel houden houten huid huidig huidige huilen huis hun huur idee ieder
iedereen iemand iets ijs ik immers in inderdaad indien informatie informatieverzoek ingaan ingang ingediend
inhoud inhoudelijk initiatief inkomen inkomensverzekering inkomsten inmiddels inschatting instelling
instellingen integendeel interesse invaliditeit inzage inzet is jaar jammer januari jaren jarig je jij jong
jongen jongeren jongste juist juli juni jurk kaart kaas kader kamer kans kant kantoor kapot kapper kast kat keer
kenmerk kennen kennis kerk keuken keus kiezen kijken kilo kind kinderen klaar klacht klachten klachtenvrij klant
klanten kleding klein kleine kleren kleur klinkt klok koffie koken komen komt koning kopen kopie kort korte
kosten koud kracht krant krijgen kruis kunnen kwaliteit kwam kwamen kwart kwestie laat lachen lamp land
landelijk lang lange langs laten later leeftijd leeg leerling leggen leiden leiding lekker lenen leraar leren
letsel letselschade letter leuk leven lezen licht lid lied liefde liever liggen lijken lijn lijnen lijst links
lint literatuur lokaal lopen los lucht lunch maaltijd maand maandag maanden maar maart maatregel maatschappij
machine machtiging maken makkelijk man manier mannen markt mate me mededeling medewerker medewerking medicijn
medicijnen medisch medische mee meer meerdere meest meestal mei meisje melden melding melk men mening mens
mensen met meteen mevrouw middag middel middelen midden mij mijn miljoen minder minister minuten minuut
misschien moe moeder moeheid moeilijk moeite moeten mogelijk mogelijkheden mogelijkheid mogen moment momenteel
mondeling mooi morgen munt muur muziek na naam naar nacht nadat nader nadere nagaan namelijk nationaal natuur
natuurlijk nederland nederlands nee neem nemen net neus niet niets nieuw nieuwe niveau nodig noemen nog nogal
noodzakelijk nooit noord normaal november nu nummer of ofwel ogen oktober om oma omdat omgeving omvang onder
onderdeel onderwerp onderwijs onderzocht onderzoek onderzoeken ongeval ongevallen ongeveer ons ontbijt ontdekken
ontmoeten ontstaan ontvangen ontvangst ontwikkelen ontwikkeling onvoldoende onze oog ook oordeel oordelen
oorzaak oost op opa opdracht open openbaar opgave opgegeven opgenomen opleiding oplossing opname opnieuw opslag
organisatie oud oude ouders over overal overeenkomst overheid overigens overleg overwegen paar paard pakken
papier park partij pas passend patient patienten pen per periode persoon persoonlijk pijl pijn plaats plaatsen
plan pleinen plek plezier poes polis politie positief pot prachtig praktijk praten precies premie premieopslag
prijs primair probeer proberen probleem problemen procedure procent proces programma provincie publiek punt raam
rapport rapportage rapporten reactie recent recente recht redelijk reden reeds regel regels regen regering
registratie reis reizen rekening relatie rest resultaat richting richtlijn rijden rijk risico rivier rol rond
rood ruim ruimer ruimte rust rustig samen samenleving schade schatten schip schoen schoenen school schoon
schouder schriftelijk schrijven sector sinds sindsdien slecht sleutel slim sluiten smaak sneeuw snel snoep soms
soort spel spelen sport sprake spreken staan staat stad standpunt stap status steeds stellen stelling sterk
stichting stil stoel stoppen straat strand stroom stuk stukken suiker systeem taal taart tafel tand tanden tas
team tegen tegenover telefoon tenminste termijn terug tevens thee thuis tien tijd tijdelijk tijdens toch toe
toekomst toelichting toen toepassing toestemming toon toren tot totaal trap trein trots tuin tussen twee tweede
twintig uit uiteindelijk uiteraard uitgaan uitkering uitkomst uitleg uitslag uitslagen uitsluiting uitstel
uitstellen uitvoeren uitvoering uur vaak vader vakantie vallen van vanaf vandaag vandaan vanuit vanwege varen
vast vastgesteld vaststellen vechten veel veertig veilig ver veranderen verandering verantwoordelijk verband
verder vergelijken vergoeding verhaal verjaardag verkeerd verklaring verkopen verkrijgen verleden verlenging
verliezen verloop vermeld vermoeid verpleegkundige vers verschil verschillen verschillende verslag verstaan
vertellen vertrekken vervelend vervolg vervolgens verwachten verwachting verwezen verwijzen verwijzing
verzamelen verzekeraar verzekerde verzekering verzekeringen verzoek verzoeken vier vijf vinden vis vlees vliegen
vliegtuig voeren voeten vogel vol voldoen voldoende volgen volgende volgens volk volledig volledige volwassen
voor voorafgaand vooral voorbeeld voordat voorjaar voorkomen voorlopig voorstel voortaan voortgang voorwaarde
voorwaarden vorig vorige vorm vraag vragen vreemd vriend vrienden vriendin vrij vrijdag vrijwel vroeg vrolijk
vrouw vrouwen vuur waar waarbij waarde waardoor waarin waarmee waarna waarom waarschijnlijk waarvan wachten
wagen wakker wand wanneer want warm wassen water we week weekend weer weg wegens weinig weken wel weliswaar welk welke
wereld werk werkelijk werken werkgever werking werknemer werkzaam werkzaamheden wet weten wezenlijk wie wij
wijze wijzen wijziging wil willen wind winkel winter wit woensdag wolk wonen woord woorden zaak zacht zaken zand
zaterdag ze zee zeer zeggen zeker zekerheid zelf zelfs zelfstandig zes zetten zich zicht ziek ziekenhuis
ziekenhuizen zien zij zijn zilver zingen zitten zo zoals zodat zoeken zoet zomer zondag zonder zoon zorg zorgen
zorgvuldig zou zouden zout zowel zuid zullen zus zwaar zwart zwemmen
"""

#: Frequent Dutch words, lowercase, without accents.
COMMON_DUTCH_WORDS: frozenset[str] = frozenset(_WORDS.split())
