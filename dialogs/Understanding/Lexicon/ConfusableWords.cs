namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Real Dutch words that the typo corrector would otherwise turn into a vocabulary word
/// ("lezen" is not "lenen", "beste" is not "bestek"). Generated from the Debian word list
/// (package wdutch, /usr/share/dict/dutch) by ConfusableWordsTests: set
/// BUURTBOT_WRITE_CONFUSABLES to this file's path and run that test to regenerate after the
/// vocabulary changes.
/// </summary>
internal static class ConfusableWords
{
    public static readonly string[] All = LexiconText.Words("""
        aagje aagtappel aagtappels aaide aaien aalberts aalden aalstand aaltje aaltjes aanbad aanbaden aanbeden aanbedene
        aanbelde aanbelden aanbellen aanbenen aanbeten aanbid aanbidden aanbiddend aanbidder aanbiddingen aanbidt aanbiedend
        aanbiedende aanbieder aanbieders aanbieding aanbijten aanbind aanbinden aanbindt aanbleven aanblies aanbliezen
        aanboden aanbond aanbonden aanbood aanbraken aanbreiden aanbreien aanbreit aanbreken aandelen aandienden aandienen
        aandient aandikte aandragen aandragend aandrager aandraven aangaand aangaande aangebeden aangebeld aangebeten
        aangebodene aangebonden aangeboren aangebraden aangebroken aangegoten aangehaald aangehold aangehouden aangekomen
        aangeladen aangelegd aangelopen aangemeerd aangemelde aangemengd aangenomen aangeraden aangereden aangerend
        aangerold aangeschoten aangeschreven aangesmeed aangesneld aangespeld aangesproken aangesteld aangestoven aangeteld
        aangetogen aangevend aangevoeld aangevuld aangewend aangezegd aangezeild aangezeuld aangezogen aangieren aangieten
        aangiften aangraven aanhaalt aanhalen aanhaliger aanhangen aanhangend aanhangig aanhangsel aanhangster aanhangt
        aanhieven aanhikte aanhingen aanholden aanjagen aanjager aanklagen aankleding aankledingen aankregen aanlagen
        aanleert aanlegden aanleiding aanleidingen aanleren aanliepen aanmaande aanmeerden aanmeldde aanmeldden aanmeldend
        aanmeldende aanmelder aanmelders aanmeldingen aanmeldt aanmengen aanmenging aanmeren aanmerken aanmerking aanmeten
        aanmonding aannemend aanpikte aanpraat aanpraten aanraden aanraken aanrander aanrazen aanrenden aanried aanrieden
        aanriepen aanrijden aanrijdingen aanrijdt aanrolden aanschaf aanschaft aanschiet aanschoof aanschoven aanschreven
        aanschrijf aanschrijft aanschrijven aanschuinen aanschuivend aanschuivende aanschurken aanschurkt aanslaan
        aanslaander aanslagen aansneden aansnelden aanspande aanspelden aansprak aanspreek aanstaan aanstaanden aanstaar
        aanstaarde aanstaarden aanstaart aanstaat aanstarend aanstarende aanstelden aanstond aanstraalde aanstrand
        aanstranden aanstrandt aanstuift aanstuiven aantelde aantellen aantelling aantikte aantraden aantreden aanvanger
        aanvangers aanvaren aanvegen aanvielen aanvingen aanvlogen aanvoegen aanvoelden aanvraagden aanvrage aanvragend
        aanvragende aanvrager aanvragers aanvraten aanvreten aanvroegen aanvulden aanwassen aanwenden aanwending aanwipte
        aanzagen aanzegden aanzeggen aanzeilden aanziend aapje aapjes aardappelras aardappelsla aardige aardiger aardigs
        aardigst aarding aarten aarzelden aasje abbert absolute absoluuts abten accolade accolades accuoplader accurater
        achel achteraan achteras achterbak achterban achterdak achteren achtererf achterham achterin achterkaft achterlag
        achterlap achterman achterna achterom achterop achterpad achterst achterste achterzak achtsten achtstes achtte acker
        acres acuter adank adder adders adelen aderde aders adertje administratief administratieve administrator
        administratrice adorp adrie adries aelen afbeelden afbeelding afbelden afbellen afbetaald afbeulden afbieden
        afbolden afdaal afdaalt afdalen afdalend afdansen afdeling afdreggen afdwaalt afdwalen afferden afgebeeld afgebeld
        afgebelde afgebeuld afgeboden afgebold afgebroken afgedaald afgedaalde afgedeeld afgedregd afgedwaald afgehaakt
        afgehaalde afgehaard afgehard afgehold afgejaagd afgeknald afgekneld afgekoeld afgeladen afgelegd afgelegde
        afgemaaid afgemaald afgemaalde afgemeerd afgemelde afgemest afgenaaid afgepaald afgepaalde afgepeeld afgepeild
        afgepeld afgepelde afgeraasd afgeragd afgerold afgeschaald afgeschoven afgesneld afgesold afgespeld afgespoten
        afgesprongen afgesproten afgesteld afgestoken afgestreken afgetaaid afgeteld afgetelde afgetild afgevaagd afgeveegd
        afgeveld afgevelde afgevergd afgevild afgevoegd afgevuld afgewaaid afgewassen afgewoeld afgezaagd afgezand afgezeefd
        afgezeemd afgezegde afgezegen afgezoend afgezwoegd afghanen afgleden afhaak afhaakt afhaakte afhaalde afhaalden
        afhaken afhakend afhakken afhakten afhaler afhalers afhaling afhangen afhappen afharden afharken afhellen afhelling
        afhelpen afhollen afijn afkalken afkalven afkes afkleden afknelden afkoelden afkrassen afkussen aflas afleg afleggen
        afleggend aflegger afleiden afleiding afliggen afloer aflossen afmaal afmaalden afmaalt afmalen afmeerden afmeldde
        afmeldden afmeldingen afmeldt afmelken afmeting afnemend afpaalt afpalen afpas afpassen afpellen afpen afraggen
        afraspen afremden afrenden afrissen afrolden afrossen afschalen afschuif afschuift afschuiven afsmelten afsmelting
        afsnelden afspelden afsprak afspreek afstaand afstaande afstelden afstraal aftasten aftelden aftellen aftelling
        aften afvallen afvalpark afvalpas afvaltank afvalzak afvellen afvergen afvissen afvoerde afvoert afvragen afwaaien
        afwasbak afwassend afwassende afwasser afwassers afwassing afwast afwasten afweiden afwenden afwending afwezend
        afwis afwissel afwissen afwissend afwisten afzag afzegden afzegen afzegenen afzegger afzeggers afzegging afzegt
        afzei afzeiken afzeilen afzending afzengen afzet afzetten afzeulen afzuigen agaat agaven agten ahuis aileen aires
        akker akkoorden akkoordje akonieten albast albers alberta alberti alberto albertus albertz alders aldert alert
        aliassen alies allee allegaar allen aller allergeen allergenen allerlei allers allert allerzielen allieren allogeen
        alpen alsjeblief altemaal alten alter alves amers andel anderen andersom anderson andes andre andree andres anjer
        anjers anker ankers anneleen annetje annexeer annexeert annexeren annoteer annoteert annoteren annulair annuleerde
        annuleerden annulerend annulerende annuleringen anten antwoordde antwoorden antwoordje antwoordt apothekeres
        apothema appartementen appartementje appel appelaar appelaars appelboer appelflapje appelflapjes appelgaard
        appelkoek appelmans appelpart appelsappen appeltjes apples aprils arkens armen artotheek aslade aslager aspergeboer
        aspergekop astaat asten atlassen auditief audities augustes augustin augustinus augusts auspicien austen autootje
        autoritje autoritjes autosite autostop avers avonddis avondjes avondles avondleven avondmaalde avondmaalt avondmis
        avondster avonduren ayten azijn baaien baalde baalden baalt baaltje baaltjes baanderen baanfiets baantjes baardig
        baast baaten baatje babyboom babyfoto babykamer babyroof backen backt backte bacterie badderen badje badwater baelde
        baggy baken baker bakgoot bakkenes bakkerij bakkesen baklamp baksen bakste baksteen balde balderen balen baljon
        balkan balkje balkleren balkonplant balkt balkte balkten ballen balletje balletles balletten ballon balsemen balvast
        bamafoon banda bande bandel bandieten bandzaag banen bange banieren banjeren banken bankierde bankierend bankierende
        bankiers bankiert bankje bankt bankte banktermen bankwerken bankwezen bannen banten barakken barbecuede barbecueen
        barbecuet barbieren barenden baringen barjongen barker barmeisje barretjes barten barvrouw basken baskieten basta
        baste basten batikken batikker batikten batje batte baukje bazinnen beademen beamen beboeren beboeten bebording
        becht bedachten bedammen bedampen bedankend bedankende bedankjes bedankten bedauwen bedbank bedbanken bedde bedeeld
        bedekken bedekkingen bedelden bedeltje bedenk bedenken bedenkend bedenker bedenkingen bedenkt bedijken bedillen
        bedoeien bedoeken bedoekt bedoekte bedoelen bedonder bedorven bedpannen bedplank bedplanken bedraden bedrinken
        bedrinkt bedrogen bedronken beeft beeldden beeldvelden beelen beemer beende beenden beenders beenen beenstuk beent
        beentje beentjes beertje beertjes beestje beestjes beetjes begaan begeven begieten begillen begingen beginnen
        behaagden behaal behaald behaalde behagen behagend behalen behalend behandel behanger behangers behangsel behappen
        beharingen behingen behoeden behoeven beholpen beidde beider beidt beien beier beige beije beijen beilen beiler
        beitelde beitelt bejaardenhulp bejaardentehuis bejammer bekakken bekakten bekalken beken bekender bekering
        bekeringen bekertje bekisting bekje bekke bekken bekker bekocht bekochte bekochten bekoelen bekomen bekoring
        bekorten bekorting bekte bekten bekwamer belading belaging belangden belangen belasten belastend belastering
        belastingaangiften belazeren belder beleen beleend belen belenden belet belgen belicht belichten belichtend
        belichter belichtten believen belijden belle bellem bellend bellende beller belles belletje belletjes bello belmer
        beloeren beloner beloners belopen belten beluchten bemaal bemaald bemaalde bemalen bemand bemant bemer bemerkingen
        bemesting beminden beminnen bemoeien bemonster bemorsen benaderen bender bengalen bengt benijden benne bennen
        bennetje bennis benoemen benomen bente bento bents benut bepaal bepaald bepaalde bepaalds bepakken bepakkingen
        bepakten bepalen bepalend beperking beplanting beplating bepreken berderen berecht berechten berechtten bereden
        beregeld bereiden berennen bergens berger berichtend berichtende berichtje berichtjes berichtte berichtten beriepen
        berijden berillen beringen berinnen berispten berken beroemen beroepen beroer beroeren berokken berrie berst bertje
        berucht beruchter berusting beschikbare beset besje beskiden besprek besprekingen bessen besta bestaand bestak
        bestaken bestalen beste besteek besteekt bestekla bestelbon bestelbons bestelen bestelhuis bestelling bestem besten
        bester bestes bestiaal bestolen bestraal bestraald bestraffing bestralen bestrating bestreek bests betaaldag
        betaalde betaalt betaamd betaamde betalend betalende betaler betalers betaling betamen betasten betasting betel
        betelen betere beters betert beticht betichten betichtten betitel betiteld betitelt betje betjes betoging betonmuren
        betonpalen betraand betracht betrachten betraden beuken beulde beulen beult beumer beunt beuren beursjongen beurt
        beurtman beval bevalen bevallen bevangen bevatting bevechten beveel bevende bever bevertje bevinden bevingen
        bevinkje bevocht bevochte bevochten bevoelen bevoeren bevolken bevonden bevraagd bevracht bevrachten bevrucht
        bevruchten bewaar bewandeld bewassing beweiden bewener beweringen bewerkingen bewinden bewogener bewolken bewonder
        bewonderd bewondert bewonen bewoon beyer bezielen bezien bezigden bezijden bezin bezinnen bezochte bezoedel
        bezoekend bezoekende bezoeker bezoekers bezoeking bezoekuren bezong bezongen bezonk bezonken bezonning bezorgdag
        bezorgde bezorgden bezorgder bezorgdst bezorgend bezorgende bezorger bezorgers bezorgingen bezuiden bezwaard
        bezwaarde bezwaart bezweken bezweren bezweten bezwoeren bezworen bidbanken bidbankje biddag bidet biechten biedend
        biedende bieder biert biertent biertjes biesjes biest bietje biets bietsen bietsers bietsten bigden biggen biggetjes
        bijhangen bijltjes bijnen bijten bijtjes bijwoner bikken bikker bikte bilde bilden bildt biljetjes billetje
        billetjes bimetaal binda binden binder bindt binken binnenga binnenin binnenst binten bintjes birger bivakken
        blaakten blaat bladaderen bladdeeg bladder bladderden bladderen bladderend blader bladerde bladerden bladerend
        bladerig bladeter bladgroen bladhoek bladnerven bladveren bladvorm bladwerk blakerden blakeren blakerend blakker
        blameren blamerend blank blaten blees bleij blein bleitjes blekt blende blenden bleten blief bliefden bliep bliepjes
        blieven blija blijd blije blijf blijk blindeer blinder blinderen bloedbanken bloeden bloedend bloedens bloedjes
        bloedzakken bloedzuiger bloeien bloeiend bloembakje bloembakjes bloembed bloembol bloemdek bloemdekken bloemden
        bloemer bloemert bloeming bloemink bloemknop bloemkorf bloemkroon bloemloos bloemzakken bloesden bloesemen bloezen
        bloezend blokvorm blommen blondeer blonder blondere blonderen bloom blowtjes blozender blunder blunderen blunders
        blundert blussen blust blusten board bocht bochten bochtjes bodden bodekamer boede boedels boeide boeiden boeitjes
        boeke boeketje boekstuk boekt boekvorm boeltjes boender boenders boenen boent boeotie boerde boeren boerenkiel
        boerenknul boerenkost boerenzoon boert boertjes boessenkool boesten boeten boeter boeven boezen boffer bofte bohnen
        boiten bokje bokken bokte bokten bolakker bolde bolderen bolier bollen bolletje bolletjes bomden bomend bomende
        bomer bommen bommetje bonden bonder bonken bonne bonnen bonnetjes bonten bontjes bonze bonzen boode boodschappend
        boodschappende boodschapper boodschappers boodschapt boodschapte boodschapten boodt booglamp boomscharen boomt
        boonen boontje boordje boorschepen boorschip boort bootjes borend borgen borger boringen borne borren borst borstjes
        bosakker bosje bosten bosven boter boterwagen botterik boude bouderen bouwkamp bouwlaag bouwland bouwmachine bovee
        bovenbeen bovendeel bovendek bovendelen bovendijk bovenlijn bovenveen bovien bowler braadden braadzak braakten braan
        brakken brakker bramen bramer brand brandaan brandhorst brandjes brandkamer brantjes braveren brecht breden breed
        breen breeuwijzer bregt breide breiden brekingen brengend brengende brenger brengers brent brest breven brieft briek
        briel brielen brienen bries briesen briesend briesjes brilletjes broec broedden broei broeibakken broeiden broekjes
        broere broes broker brooches broodmachine broodmes broom broos brouw brozer brucht bruidjes bruiklenen bruiklener
        bruiloften bruisten brutalen budding budschap buermans bufen buide buiden buien buigen buiger buiken builen builtjes
        buinen buisje buitel buitelen buitenaf buitenga buitenom buitens buitenst buiter buitje buizen buken bukken bukte
        bukten bulderaar bulderen bulletje bulletjes bulten bunkeren burchten buret burgen burgerde burgeres burgerij
        burgler burgwerd burin burinnen burlen busreisje busse buste busten buster buten buter buuren buurland buurma
        buurmeijer buurtje buyten cadoelen camara campingbus campingveld cancelde cancelt carry ceder celen cellen cello
        cementen cessen cevens channelen chauffeer chauffeert chauffeuse chill cirkelbaan cirkelgang clematis clienteel
        clientele clint coert coffie collegae college colleges collegia compacter competeer compiler completer composer
        compotes compressie computerde computert conen conge conijn contanter correcte correcten correcter correctie
        corrector correctst corry corte cover creatie creatief creaties creatine daalde daalden daalt daardoor daarheen
        daarmede daarnaar daarop daarover daast dachten dadingen dagend dager dagge daggen dagingen dagjes dakar dakje
        dakvorm dalingen dalles damar damde damen dameoffer dames damme dammer danae dance danen dankaart dankbaarst
        dankbare dankdagen danken danker dankkaart dankoffer dankoffers dankte dansbaar danse dansje danspaar dapper darde
        daten datje dazen dealde dealen deals dealt deben decenter decimeer declamatie declamaties declaratoir declaratoire
        declinatie decoratie dedden dedicatie deegrollen deelden deelder deeldeur deelen deels deens deerde deerlijk
        deerlijke deerlijker deerlijks deerlijkse deert deest deftig degel degenen deken dekken dekker delden delend deler
        deleu delfde delgen delien delingen dellen demand demmer denkbaar denke denkend denkende denker dennen dennis
        dennissen derden derdes deren derfde derrie dertienen derven dessen deukt deunk dezelfde dezer dezes diabeten
        diabetica diabetici diabolisch diabolische dialectisch dialectische diameter diameters dicht dichte dichter dichtere
        dichters dichting dieetproducten diefdijk dieft diekte dielen diende dienen dient diepers dieplink diept dierenhart
        dierenras diergelijk diergelijke dierlijker dierlijkste diertens dieselde diest dieten dieter diets diever dieze
        digibeet dijden dijst dinar dineer dines dingeman dingena dingend dingende dinges dingo dings dingt dinkel dinsdagse
        directe directer directie director directst dirkx ditje docht docter doden dodingen doede doedelde doedels doeke
        doeken doekt doelde doelen doelt doema doemt doend doenlijk doenlijke doest doetje doets doeven doezelde doezen
        doffer doffertjes dofte dogen dogma dokker dokte dokten dokterde dokteres doktert dolingen doller dolman dolsma
        donder donderaal donderaar donderaars donderalen donderdagse donderde donderden donderjaag donderjagen donderpad
        donderslag donderslagen dondervlagen donge dongen donken donor donze donzen dooie dooit doopt doorat doordacht
        doordram doordramt doorgaat doorgelezen doorhakt doorlaat doorlezen doormat doorn doornat doorvrat doorzakt doorzat
        dootjes dopen dopend dorde dorden dordt dormaal dorps dorst dosten dotter douchten douma doven dover draagt dracht
        drachten drachter drachtig dragen drager drank drankje drankjes drankoffer drenken drenkt drenkten dresseert
        drevelde drieg driegden driegen driek driel dries driesen driessen drietjes driewielig driezen dring dringen
        dringend drinkbaar drive droeg droge drogeert drogen drogere drogerij dromer droogden droogdoek droogdok drooger
        drooghok droogjes droogleg droognet droogpak droogsel droogten droogtes droogweg droogzak drozen drukbaar drukt
        drumstok ducht duenk duiker duikers duikstek duintje duiten duitje duivel dungen dunken dunkt dunnen duren dussen
        duster duurt dweilden dweilende dwing dwingen dwingend dworp ebben ebens echten echtere echts echtste edelen edens
        eding edingen eefde eefje eefkes eeken eekes eelde eelke eenden eenentwintigde eenentwintigen eenentwintigt
        eenzaamst eenzaat eerde eerden eerder eerken eerlijk eerlijke eerst eersten eerstens eerstes eerstkomend
        eerstvolgend eerzaam eerzaamheid eettentje effen eggen eider eigenlijke eigenlijks eigens eigenwijs eijden einden
        einder eindt einzen eiser ekker elbert elden elfden elfder elfen elfje elien elkaars elkes elleboogbreuk ellen elles
        elmer elpen elsen elske elvin elzen emder emkes emmen emmert emmes enken ennis enten enternet entertje eonen eraan
        erachten erachter erbens erdoor eregeld erfde erfgrens ergerlijk ergernis ergers erken erven ervoer esens eskes
        espel espen essen esten etend ethos etsen etten ettertje eussen event eventjes evers everse ewijk exclusies
        excursies excuseer faalde faalden faalt facetoog faken falen familiale familiare familias families feestband
        feestend feestjes feestmenu feestte feestteam feesttenue feetje feiltjes felst fenders fenne fennis ferrie fessen
        fiene fiens fientjes fieps fiers fieten fietsbaan fietsblad fietsblok fietsboot fietsbus fietsdrager fietsend
        fietsers fietsertje fietsflat fietskaart fietskader fietslamp fietsland fietsles fietslus fietsmaand fietsmand
        fietspark fietspont fietsritje fietsritme fietssport fietsstad fietst fietstaxi fietsteam fietsten fietstest
        figuurnaad figuurzaagde figuurzaagt fijan fijen fijnen fijner fijnmalen fijns fijnte filetjes filets finnen fitten
        fixer fladder flank flappen flapt flater flati flats flessendrager flest flets floep flopt foeke foeken foert
        foeyonghai follega fondse fondude fonduen fonduestel foren forma formaliseren formeler formuleer formuleerden
        formuleert formuleren formules forst forte foton foutloos foutloze foutvrij framen freest frets fricties fried fries
        frietkar frietvet frijn frist friterie frituurbak frituurmand froger frontjes fusten fysiotherapeute fytotherapie
        gaaien gaaitje gaaitjes gaaltje gaaltjes gaand gaans gaapt gaasje gaast gabon gaden gails gakken gakte gakten
        galanten galle galon gamer gamers gander ganders gangen gapen gapingen gappen gapper gardianen garen garven gastje
        gaten gaver gavin geaaid geaarden geageerd geannexeerd geannoteerd geannuleerde gebaald gebakend gebakjes gebakt
        gebal gebald gebannen gebasket gebasten gebatikt gebazeld gebben gebed gebedeld gebeden gebeend gebeende gebeente
        gebeenten gebeest gebeft gebeid gebeiden gebekten gebel gebelde gebelden gebelgd gebelgde gebengeld gebeten
        gebeugeld gebeuld gebiecht gebieden gebild gebitsprothesen gebitsprotheses geblaakt geblazen gebleken gebleten
        gebleven geboenden geboerd gebold gebomden gebonden geboorden geborgen geboterd gebrachte gebraden gebroekt gebroken
        gebruikend gebruikende gebruiker gebruikers gebruikte gebruikten gebruind gebruinden gebruis gebruist gebruncht
        gebuikt gebuikte gebukt gebukten gebundeld gecanceld gecanneleerd gechookt gecoacht gecoverd gecrasht gecureerd
        gecureerde gedaald gedaalde gedaante gedaas gedankt gedeald gedeelde gedeelden gedeelte gedeerd gedekten gedenkdag
        gedesemd gedieseld gedingen gedocht gedoedeld gedoeld gedoelde gedoetje gedoetjes gedoezeld gedolven gedonder
        gedongen gedoucht gedozerd gedraafd gedraagt gedraaid gedraald gedragen gedreven gedrocht gedroegen gedropen
        gedruist gedund gedupeerd gedupeerde geduveld gedwaald gedweept gedweest gedweild geeest geegd geelde geena geene
        geenen geepateerd geerden geerfden geergerd geert geertje geest gefaald gefaalde gefabeld gefeest gefemeld gefezeld
        gefleemd gefleerd gefnuikt gefopten gefumeerd gefumeerde gefuseerd gefuseerde gegaap gegakt gegeeld gegeelde
        gegeseld gegevene gegevens gegild gegireerd gegireerde gegolden gegoten gegourmet gegraaid gegraand gegraasd
        gegraven gegrepen gegund gehaagd gehaakt gehaakte gehaal gehaalde gehaard gehaarde gehaat gehackt gehackte gehageld
        gehak gehakkel gehaktdag gehakte gehaktrol gehaktrollen gehalten gehand gehandeld gehandelde gehangen gehapt gehard
        geharkt geharkte geheeld geheelde geheerst gehekeld geheld gehemeld gehengeld geheten geheveld geheven gehikt
        gehoerd gehoeven gehokt geholden gehoon gehoonden gehoorden gehosten gehouden gehouwen gehukt gehulden geide geiden
        geien geiler geinig gejakker gejengeld gejokerd gejubeld gejukt gejureerd gekaaid gekaakt gekaakte gekaald gekabeld
        gekakt gekanteld gekapten gekeeld gekeelde gekeend gekef gekeft gekegeld gekegelde gekend gekenden geketend gekeven
        gekheden gekild gekipt gekke gekker gekkere geklaagd geklater gekleden gekleefd gekleund geklokt geklokte geklommen
        geklopten geklunsd gekluund geknaagd geknapt geknapte geknarpt gekneden geknepen geknerpt geknikt geknikte geknipte
        geknipten geknokt geknopt gekocht gekochte gekoekt gekoerd gekogeld gekolkt gekook gekookte gekookten gekoot
        gekoperd gekorven gekoterd gekozen gekozene gekraagd gekraagde gekraaid gekraakt gekraald gekraamd gekresen gekreten
        gekreund gekreveld gekromden gekrompen gekrookt gekrookte gekropen gekruiden gekruist gekubeerd gekuipt gekuipte
        gekuld gekwaakt gekwanseld gekweekt gekweeld gekweten gekwetst gekwijld gelaaid gelaakt gelaakte gelabeld gelachen
        geladen gelagen gelakt gelakten gelal gelanden gelapten gelasten gelastend gelastten gelatener gelatine gelde
        geldend geldende geldt geleden geleed geleefd geleefde geleegd geleegde geleemd geleen geleende geleenden geleender
        geleens geleense geleerd geleerde gelegd gelegden gelegeerd gelegene gelegerd geleiden geleidend gelekt geleld
        gelelden gelend gelepeld geleund geleunde geleveld geleverd gelezene gelid gelieerd gelieven gelikt gelikten gelild
        gelinden geloerd gelogen geloken gelokt geloven gelovend gelten geluk gelukken gelukkige gelukkigen gelukkiger
        gelukkigst gelukte gelurkt gelust gemaaide gemaakte gemaakten gemaakter gemaand gemaande gemaasd gemaasde gemail
        gemakeld gemakken gemald gemalin gemand gemangeld gemankt gemarkt gemarkte gematigd gemazeld gemeden gemeeld gemeend
        gemeende gemeenden gemeenschap gemeenst gemeenste gemeenten gemeerde gemelde gemelk gemenageerd gemend gemendeld
        gemengeld gemepten gemergeld gemerkte gemesten gemeten gemetste gemiegeld gemieter geminden gemocht gemoerd gemokerd
        gemold gemolken gemser gemuteerd gemuteerde genaaid genaaide genaakt genaakte genageld genders geneer geneest
        genegeerd genegerd genereerde generend geneteld genetten geneveld genezend genien genieten genieter genipt gennissen
        genoegd genoegde genoegen genoegt genoemden genoten geode geoefend geologen geonduleerd geopereerd geopereerde
        geordend georeerd gepaaid gepaaide gepaald gepaalde gepaddeld gepakt gepakten gepaleerd gepaneerd gepaneerde
        gepareerd geparkeerd geparkeerde gepasten gepauzeerd gepeeld gepekeld gepeld gepen gependeld gepesten gepikeerd
        gepikeerde gepild geplaagd geplakten gepleegd geplozen geplukt geplukte gepocht gepoerd gepokerd geponeerd
        geponeerde gepookt geporteerd geporteerde geposeerd geposeerde gepraaid gepraald gepraamd geprangd geprente
        geprepareerd geprepareerde gepreveld geprezen gepriegeld gepruikt gepruikte gepuberd gepulseerd gepulseerde
        gepulverd gepunteerd gepunterd gepurgeerd gepurgeerde gepurperd gepurperde geraagd geraagde geraaid geraakt geraakte
        geradeerd geraden gerafeld gerakeld geranden gerangeerd geranseld geranten geraseerd gerateld gerebbeld geredden
        geredder gerede gereder geredigeerd gereedschapkist gereedschapskast gereedst gereend gerefereerd geregardeerd
        geregd geregeerd geregeerde geregel geregelde geregelden geregelder geregen geregend geregende gereiden gereisden
        gereken gerekend gerelateerd gerelayeerd gereld geremden geren gerendeerd gerepareerde gerepasseerd gerepatrieerd
        gerepeld gerepeteerd gereputeerd gerespireerd geresteerd geretardeerd geretireerd gereuteld gerezen gericht
        gerichten geriedeld gerild geringeld germanen gerodeld geroefeld geroemden geroepen geroerd geroerde geroeste geroet
        geronnen gerookt gerookte geroot gerrie geruik geruisen geruiten gerukt gerund gerven gesakker geschaakt geschaald
        geschaft geschampt gescheept geschelpt geschept gescherpt geschimpt geschraap geschraapt geschraapte geschrabd
        geschramd geschrankt geschranst geschrapte geschrapten geschrift geschrikt geschrokt geschroot geschulpt geselden
        geselend gesepareerd gesepareerde geshaket geshopt geslaagd geslaakt geslacht geslagen geslepen gesleten gesloken
        gesloopt geslopen geslorpt gesmaakt gesmaakte gesmacht gesmaden gesmeden gesmeekte gesmeten gesmeuld gesmookt
        gesnaaid gesneden gesnoept gesnoerd gesnoten gesnoven gesopt gesopten gespeeld gespeend gespen gespeten gespiekt
        gespookt gespreid gespriem gespriet gessen gestaagd gestaakt gestaald gestampt gestapt gestapte gesteeld gesteend
        gesteente gestegen gestelpt gestept gestepte gesteven gestild gestilde gestipt gestipte gestoeft gestoept gestoft
        gestokt gestokte gestolpt gestompt gestompte gestopte gestopten gestort gestorte gestreden gestrekt gestript
        gestroopt gestropt gestuikt gestulpt getaakt getaald getakt getakten getal getallen getanden getapten geteeld
        geteelde getekend getelden getemden geten getengeld getesten geteugeld getilde getiteld getocht getoerd getold
        getoonden getopt getoverd getraafd getraand getracht getrachte getreden getreild getrepaneerd getrild getukt
        getweeen geuke geunzipt geuten gevaagd gevaderd gevallend gevallene gevallenen gevalt gevat gevedeld gevederd
        geveeld geveerd geveerde geveest gevel geveld gevelden gevend gevende gevendeld gevent gever gevergeerd gevesten
        gevet geveterd gevezeld gevielen gevierd gevierde gevild gevleesd gevloden gevloeid gevloerd gevloerde gevlogen
        gevocht gevoed gevoeden gevoederd gevoeg gevoegd gevoegde gevoegden gevoeld gevoelde gevoelden gevoerde gevoerden
        gevogeld gevolgden gevolgen gevomeerd gevondene gevondenen gevorderd gevoteerd gevouwen gevraag gevraagde gevraagden
        gevraagder gevreeen gevreten gewaaid gewaaide gewaakt gewaald gewafeld gewaggeld gewald gewandel gewandelde
        gewankeld gewarreld gewauweld geweekt geweekte geween geweend gewegerd geweien geweken gewekten geweld geweldig
        gewelven gewemeld gewen gewenden gewennen gewenst gewenste gewensten gewenteld gewerden geweren gewerkten gewest
        gewesten gewetens geweven gewezen gewied gewiegeld gewiekst gewield gewiid gewijd gewijden gewijld gewilde gewilden
        gewilder gewildst gewillig gewin gewinkeld gewisser gewisten gewold gewon gewonderd gewoner gewoond gewoonde gewoons
        gewoonst gewoonte gewordend geworgde geworgden geworpen geworven gewraakt gewreven gewricht gewrocht gewroken
        gewurgden geyeld gezaaid gezaaide gezadeld gezakt gezakten gezameld gezanten gezeepte gezegde gezegden gezegdes
        gezegeld gezegelde gezegend gezellige gezelliger gezelligs gezelligst gezellin gezelschapspel gezemeld gezengd
        gezeteld gezeten gezetten gezicht gezied geziene gezina gezind gezinden gezinnen gezochte gezochten gezochter
        gezochtst gezoek gezoen gezoenden gezomerd gezon gezonden gezondene gezonder gezongen gezonken gezonnen gezopen
        gezorgd gezucht gezwaaid gezweeld gezweept gezwegen gezwendeld gezwetst gezwicht gezwoegd gezworen gezworven
        giebelde gierde gieterij gietert gietmachine gietwerk gifmeter gilde gilden ginder ginds ginger ginter girootje
        gister gisterenavond gitten gladder glans glasz gloed gloeiend gloop gloorden gluien gluren gluton gnomen goals
        goddijn godijn godinnen goedee goeden goedendags goeder goedje goedmaakt goeds goedvond goeiendag goesten goetie
        goffer gogen gomde gommetje gooit goordijk gorden gordingen gordt gorige gorsdijk gorsdijken gouden goudmijn
        goudmijnen graad graaf graai graal graan graanafval graantje graas graat graatje graatjes gracht grachten grapje
        grasetend grasmatten graten gratie gratig gratin graus graven greed green greentjes greepjes greet greetje greetjes
        greven grief griel griend grienden grienend griepjes grieten grietje grieven grievend grijs grijsgeel grijst grille
        grilt grinten griot griotjes groede groef groefden groefjes groeft groei groeiden groeien groeiend groeiende groeit
        groeitrend groen groenboer groende groene groenen groenend groenere groenige groenman groensel groenste groensteen
        groenteafval groentebed groenteman groentesap groentint groentjes groep groepen groepje groepjes groept groepte
        groepten groes groessen groetende groetenis groetten groeven grofte grohe grollend grolt grommend gromt grond
        grondend groos grootdoener grooten grootje grootjes grootmoedig grootmoediger grootouder groots grootten groottes
        grotel groten groter groteren grotje grotjes grotten grouw grove gruntjes guaven guiten gullen gunnen guppy gymzalen
        haagde haagden haagh haagspel haagt haaiden haaien haakt haakte haakten haalderen haard haarde haarden haars haast
        habraken habsburger hacer hachje hacken hacker haddeman haelen haerkens hagar hagelden hager haije hajar hajer haken
        haker hakker hakte hakten halbe halend hales haley halff halil halle hallen halletjes halls halmen halte halten
        halzen hamburgs hamburgse hamed hamei hamel hamert hammer handden handel handelde handelen handeling handelt handen
        handhaaf handje handslag handspel handzaam handzame hanen haper happel hapte hardden harden haren harer hargen
        harkende harkes harkt harkten harmen haroen harpel harpen harpje harpspel harren harsen harten haspelde haspelt
        hasper haten hauer haver havergort haverkort hayden hazen healen healer heather heathers hebbend hebbende hebber
        hebbes hecht hechter hedel heelde heelt heerdink heere heerlijker heerlijkere heerlijks heerlijkste heers heersink
        heerste heersten heertje heeswijk heeten heffe hegel heger heide heiden heien heije heijen heijl heijm heijne heijt
        heilrijk heilrijke hekel heken hekker helde helden heldenschaar heleen helegaar heler helft hella hellen hellum
        helma helmen helpend helpende helper helse helsen helst hemel hemelrijk hemmer henen henken hennis hennissen hepen
        heppe heppen herben herder herderlijk herderlijke herken herma herpen herpt herrie hersel hersteld herstelden
        herstellend herstellende hersteller herstellers herstelling herstelplan herstelt herstelwet herstem herstemd
        herstemmen herstemt hertellen heser hessen hester heten heter heuer heuft heuglijk heuglijke heupen hevel hever
        hielbeen hield hielden hiele hielen hielpijn hielt hierdoor hierover hieuw hieven hijst hilal hilde hinden hinder
        hinderen hinds hinkel hinkelen hinlopen hinnen hinzen hitje hitten hoeben hoedde hoede hoeden hoeder hoedje hoedt
        hoefden hoefdier hoefs hoegen hoekdeel hoeke hoeken hoekt hoenen hoepel hoepen hoerde hoeren hoert hoesen hoesten
        hoetel hoeve hoevense hoever hoeves hoeveweg hoezen hoffer hofleven holden holen holler hommetje hompen honda hondse
        hondt honen honing honken hoofde hoofdkam hoofdkamp hoofdkap hoofdlaan hoofdmap hoogt hoolt hoonde hoonden hoopen
        hoopte hoorn hoort hoost hopel hopend hopes hoppen hopsen hopten horden hordt horen horenden horige horken horst
        hosten hotspot hotspots houden houders houtarme houtvrij hoven hover hozen huiberts huibs huidarts huigs huijs huins
        huisadres huisakte huisaktes huisbars huisbier huisdeur huisdeuren huise huisgehouden huisgoden huisheer huisheren
        huishonden huishoud huishoudelijke huishoudelijker huishouder huishouders huishouding huishoudt huishuren huist
        huiswaarts huizen hukken hukte hullen hulpen hulpjes hulpverzoeken hummer humus hunnen huren hurken hussaarts hussen
        hutsepot huurt huurtoelage hypen ideal iding iedereens ieders ieper iepers ierse ietje ietjes ijzergaas ijzermaal
        ijzerslag imams immer imogen imperiale inbellen inbreken inbreuken indekken inden indopen indrukken indulten ineen
        inert informante informatica informatici informatief informaties informatieve informatique informatrice ingebroken
        ingedronken inherent inkepen inkloppen inklopten inkoken inkomen inkomend inkomens inkopend inkopende inkoper
        inkopers inkoppen inkopper inkorten inkorven inkrompen inkropen inkrozen inktpen inktstellen inkuilen inkuipen
        inlegden inleggen inlegger inliggend inline inlokken inlopen inlopend inlossen inlosten innen inpekken inploegen
        inpluggen inpompen inprikken inroepen inrollen inruilen inrukken insloegen inslopen insmelten insoppen inspelden
        inspelen installeer installeerden installeert installerend installerende installering insteken instelde instelden
        instellend instellende insteller instellers instelling instemden instemmen instralen instreek instreken instructie
        instructief instructiefst instructieles instructieset instructieve instructrices insulten intekent interend interest
        internaat internaut interne interneert internen internetbankier internetbankierde internetbankiert internette
        internist intikken intranet intreden intree intrekkend intrekking intrekt intresten introk introkken invallen
        invallend invaller invielen invlogen invoegen invoelen invulbon invulden invuller invullers invulling inworpen ionen
        ivoor izaak jaars jacht jachten jachtte jaden jafar jakken jakker jalal jammeh jammen jammerde jammere jammeren
        jammers jammert janke jannetje japen jappen jared jaron jasje javel jazegger jeens jeetje jeker jekker jelke jellie
        jenne jennissen jensen jessen jetje jeuken jewel jezelf jicht jijden joeke joelen joetje joffer joken joker jonde
        jonen jongde jongen jonger jonges jongh jongs jongt jonne jookt jookte joren jorge jorgen jorgens josten joude jouwe
        jouwen jouwt jukken jukte julia julie julio junge jussen kaaide kaaien kaait kaakchirurgie kaakt kaakte kaalde
        kaaltjes kaapten kaarden kaarsen kaartenbak kaarter kaarters kaartjes kaartleg kaartten kaartvorm kaast kaastafel
        kaatje kaatste kabbeling kabeljauwse kabeltouw kachelt kaders kadertje kadetten kaffer kaften kagen kager kaken
        kaker kakers kakje kakken kakker kakstoel kakte kalen kaler kalissen kalken kalkhoven kalkoense kalkoven kalkovens
        kalkten kalle kalles kalletjes kallo kalmer kalotten kalter kamel kamen kamerjas kamfer kammende kampeerbus
        kampeerde kampeerden kampeerder kampeerster kampende kamper kampers kamst kanissen kankeren kannen kannetje kansarme
        kante kanten kanter kantten kaper kapers kappe kappel kappert kapselen kaptafel kaptafels kapten kapucijnen
        kapucijner kapucines karaten karbonaadje karbonaden karkiet karma karotten karper karst karten kasje kasjerde
        kasjeren kasper kassabon kaste kaster katern kates katier katoen katte kattengat kattenras kattin kazer kazers
        keelde keelt keende keenden keent keern keers keert keertje keetje keffer kefte kegel kegelen keggen keken keker
        kekke kelderbox kelderen kelen kelken kelpen kemel kemenade kenden kenen kennen kennes kennisnet kennisspel kenteren
        kepel keper kerel keringen kerkbank kerkboek kerke kerkt kerkte kermende kermissen kerste kerven keser kespen keten
        ketentje kethel ketje ketsen kettingbaan keuben keude keuen keukenla keukens keulen keunen keuren keutel keuzen
        kevel kever khmer khmers kibbelen kibbelend kiekje kiekjes kiekte kiemende kiende kienen kieperen kierde kieskast
        kietel kieuw kiften kijkboek kijven kikkeren kikkerrit kikten kilde kilden kindeken kindekes kinderbad kinderbaden
        kinderband kinderbeen kinderbeul kinderblad kinderbloed kinderblok kinderdagen kinderfeest kinderfeestje kinderfilms
        kindergek kindergeld kindergoed kinderheld kinderhotel kinderjaren kinderkoets kinderleed kinderlied kindermaten
        kindermeid kindermenu kinderogen kinderplagen kindersite kindersites kindersok kinderspel kinderstem kindertent
        kindertop kinderwens kinderwet kinderwetje kinderzaken kinderzegen kinderzieltje kinderzin kindt kinkel kippenboer
        kippenboeren kippenborsten kippenbout kippenboutje kippenboutjes kippende kippendief kippenei kippenpest kippenpoep
        kippensoort kippenstal kippenvoer kipper kipte kipten kirchner kisten kistten kiten kitsen kitsten kitte kittel
        kittelen kitteling kitzen klaarden klaassen kladder klager klakken klamer klamp klampers klank klanten klantjes
        klappen klapper klappers klappert klapt klasje klassen klater klaus klederen kleedjes kleene kleian kleide kleien
        kleiende kleij kleijn kleijne kleijnen kleijsen kleineer kleinen kleiner kleinere kleinood kleins kleinsde kleinste
        kleinte kleintje kleinvee kleinwild kleinzand kleinzen kleis kleisen kleit klene klept klerk kletsend kletsende
        kletser kletsers kletsoren kletspraat kletsten kleun kliederen klief kliekte kliekten kliertje kliertjes klikt
        klimrekje klimrekjes kliniekjes klinkend klippen klissen klitten klittend kloet kloffie kloffies klokboor klokte
        klokten klonende klont kloonden klooster kloot klootten klopje klopte klossen klossend klost klosten klotsen
        klotsten kluin kluis kluisje kluisjes kluns klussend klussenman klusser klussers kluste kluten kluts knappen
        knappend knapper knapperd knappere knappers knappert knapt knapte knarsten kniel kniep knier knies knietjes knijn
        knijp knijpen knijpt knijptang knikt knikte knipje knipogen knippels knipper knipperen knippers knippert knipping
        knipster knipten knoedels knoeien knoesten knoken knokt knokte knokten knolvoet knook knoopten knopje knoppen knopte
        knort kobussen kocht kochten kocken kodde kodden koebellen koeken koekenaas koekenbak koeketel koekkoek koekte
        koekten koelblok koelende koellast koemelker koerde koeren koersten koert koest koetje koetsten koffeman koffen
        kofferde koffert koffiebar koffiebon koffiekom koffiekop koffiekrans koffielaan koffieland koffiepad koffiezak kogel
        kogels kogen kokend kokende kokerpalen koket koketter kokje kokkelen kokkeler kokken kokkerde kokkerds kokkerelde
        kokkerelden kokkerellend kokkerellende kokkerelt kokkeren kolde kolden kolderen kolen kolijn kolken kolkende kolkt
        kolkte kolkten koller kolomboor kolomboormachine kolossen koman komenden komens komijn komma kommen kommetje
        kompresse kompressen komsten kondigen koning konst kooijker kooit kooke kookhoek kookketel kookpunt kookstel
        kooktent koomen koontjes koopakte koopakten koopje koopkans koopster koord koortsen koosje koosjes koost koote
        kooten kootjes kootte kootten kopen kopend kopende kopie koppe koppelbouten koppende kopper kopse kopsteen kopten
        korea korft koristen kornetten kornissen korre korse korsetten korst korsten korten kortende korter kortte korunden
        korvetten kossen koste kostend kostende kostense kosteres kostten koter kotje kotsen kotsende kotst kotsten kotte
        kouder kouds kousje kouten koutende kouwe koven kozijn kraag kraai kraak kraakten kraal kraam kraay krabbeling
        kracht krachten krachtig kragen kramen kramer kramers krammers krantenbak krapper krappere krast krater kreek
        kreekjes krees kreet kregel kreken krengen krengt kresen kreten kreuk kreuken kreukten kriebeling kriek krijgend
        krijger krijgers krijgh krijn krijnen krijnsen krijs krijsen krijsend krijst krijsten krijt krijten krikt krill
        krimmer kring kringen krippen kroeg kroegen kroken kromt kronkelt krook krookt kroosjes kroot kropt kruijsen
        kruipgat kruisdagen kruisigen kruislat kruissen kruiswegen kruitvat krukt kubussen kuenen kuipstoel kuipt kuipte
        kuiten kuizen kulassen kullen kunne kunnend kunnende kunst kunstbezit kunstdebat kunstgebied kunstgebitje kunstgenot
        kunstverlichting kuntz kuper kuren kuringen kusje kussen kusten kuster kustverlichting kuurt kuurtje kwaakten kwaden
        kwaken kwalen kwames kwark kwarten kwartiel kwartierde kwartieren kwartiers kwartijn kwartjes kwarto kwarts
        kwartsiet kwartuur kwats kweeen kweek kweekje kweekjes kweet kweken kweten kwetsen kwetsend kwetsten kwijtschelden
        kwissen kwist laaddeur laadt laaft laagste laaide laaien laait laakt laakte laakten laatje laats laatst laatsten
        lacht lachte lachten lacrosse lactase ladderde laddert laden lades laenen lager lakken lakker lakse lakst lakte
        lakten lamers lammer lance landdier lande lander landers landnaam lands landzaat lanen langde langebaan langedam
        langelaan langen langer langhaar langsgaat langsgegaan langsgelopen langskomend langskomende langskwam langskwamen
        langslopen langsom langst langswal langzaamst langzame lanter lapje lappend lapten large laser laserapparaat lasten
        laster lataster latend latent latere laters latin laugs launch laven lazen lazer leader lease leasende lebben ledder
        leden leder leefde leefden leegde leegden leegt leekt leemde leena leenders leendert leene leeneden leens leensen
        leerde leerden leert leertje leesapparaat leest leever leffe legakker legende legenden legendes legerden leggende
        leiden leidende leien leken leker lekje lekken lekkende lekkerbek lekkerder lekkers lekkerste lekkertje lekst lekte
        lelde lellen lemke lemmer lende lenden lendenen lenders lenende lener lenes lengen lenin lensen lenten lenzen
        lepelden leppen leren lerende lessen lessende lesten letaal leuken leuker leukere leuks leunde leunden leune leunen
        leunende leunk leunt leurende leute leuze levende levenden levender levens lever leverden lezen lezende liang licet
        lichtbad lichten lichtend lichter lichtere lichters lichting lichtje lichtjes lichtnet lichtpen lichts lichtsfeer
        lichtspoor lichtste lichtstoet lichtte lichtten lidje liebe liede lieerden liefje liefs liegen liegende lieke
        lienden lierde liese lieten lieuw lieuwe lieven lieverd lieverds lievere lieveren lievers lieverse lieves lieze
        liezen ligdagen liggend liggende ligger lijden lijdt lijfde lijfje lijft lijmband lijmlaag lijmstang lijmt lijst
        lijve lijven lijzen liket likje likken likker likte lilde lilden linda linden linge linger lings linken linnen
        linsen linten linze linzenmoes lipje lippen lisannes liset listen liter lizet locht lodder loden loeder loedertje
        loefde loeft loeiende loenen loerde loeren loerende loert loeten loeve loeven loever logeerde logeerden loggen
        loipen lokeenden loken loker lokfiets lokken lokker lokte lompen londen lonend longs looit lookworst loonde loont
        loontjes loopeend loophek loopmachine looporen loops loopt loopwerk lootjes lopende loper lopes lopez lorden loren
        losten loten loven lovend lover lozen lozend lucht luchtbad luchtbal luchtband luchtbeeld luchtbel luchtbus luchtcel
        luchtend luchtjes luchtnet luchtrem luchtten luchtweg lugten luidsprekend luiken luiker luikt luist luiten luizen
        luken lukkes lukkien lukten lullen luncht lunst lunzen luren lurken lurkt lurkte lusje lussen lustig lustre lustten
        lutke lutte lutten luwst luwte luyten lynch maagd maaiden maaiend maaier maaijen maaike maaimachine maaitijd
        maaitijden maakster maalden maaltand maaltanden maalteken maaltijdbon maanbanen maandagenda maandagse maandbeker
        maande maandnamen maanen maanfasen maanjaren maanketen maans maantijd maantje maantjes maanwagen maarde maaren maarn
        maarte maartje maartjes maarts maasde maasen maaten maatje maatjes maatlijn maatlijnen macarena macht machten
        machtwoord maden madras magma magneten mailden mailend mailende mailt makarons makel makend maker makkelie
        makkelijke makkelijker makkelijks makkelijkst makken makker malafide malen malle mallen malletje malletjes malve
        mamaatje mamba mamma manar mandag mandagen mandaten mander manieren manke manken mankeren mankt mankte mankten
        mannelijk maoisten mapje mappen marchien marge margiens marien marilene marke market marketen marko marks markx
        marlen marlt marot marsala masken masteren matai maten mater matias matrak matteren mazen medeweten mediacratie
        mediatiek medicijn medicijnman meditatie meditatief meditatien meditaties meeademen meeat meeaten meeden meeder
        meega meegeboden meegekomen meegelopen meegewogen meegezogen meekomen meelde meeloten meelt meenamen meende meenden
        meeneemt meenemend meenemende meenste meent meenten meere meern meers meerstad meert meerten meertje meertouw meesen
        meesten meester meesters meestert meetel meeter meetstal megan megastal megen meggie meiden meier meieren meijn
        meinders meindert meineden meisen mekker mekten melde melek melen melkerij melkprijs melkproducent melkproducenten
        melkproduct melkproductie melkstal melkt melsen menden meneerde meneert menen mengen menger mengproducten menheere
        menien menisten mennen menner mensa mensapen mensuren menten mentoren mepten mercy meren mergen merkelijk merken
        merkproducten merkt merkte merrie mesen messen mesten meststal metaal metalen meteoren meter meteren metertje metje
        metselen metst metste metten meubelt meubelwas meuffels meuken meusen meuten mevrouwde mevrouwen mevrouwt meyer
        microfoto microtoon middachten middagje middagjes middagmaalde middagmaalt middaguren mieke miens miepen mierde
        mierden mierenei miesen mieter mieteren mietjes miezeren migreren mijden mijdt mijltjes mijmeren mijnders mijndert
        mijne mijns mijnt mijteren milde milder milderen millimeter mimer minde minderde mindere minderen mindert minnen
        minpunten minsten minstens minteken minten minute minuutje misachten mishoren misschieten mixed mixen mobiele
        mobieler mobielere mobielst mobielste mobile modder modderen modeltuin modest modisten moede moederkoe moedersleutel
        moedert moediger moedt moeer moeien moeilijke moeilijker moeilijks moeilijkst moeit moeiten moeken moelen moenen
        moens moerde moerdijk moere moerkens moert moerwijk moeste moetend moetje mogelijk mogend moireren mokert mokkeltje
        mokten molen molest molteken momentje momentum mommetje monden mondje monet monisten monitoren monkelen monomeren
        monsterden monsteren monteban monteerden monteert monterde monterden monterder montere montering monterst monturen
        monument mooier mooij moois moore mooten mootjes mopperen morde morden moreen moren moresken moret morgan morgans
        morielje mormeltje morren morse morsen morst morsten mortelen morten mortens mortieren morzeltje moser moskeeen
        mosseltje moten motet motie motregen motregens motst motten mouleren moustafa mouten moven movet muiden muien muijen
        muijs muiken muiltjes muist muiten muizenis muizer muntmeter muren muris musje muskee mussen muurtje muzen naaide
        naaien naait naakte naakten naalden naams naars naarst naaste naatje nacho nachtbus nachte nachten nachtjes nachtkus
        nachtmis nadal nadar nadere naders nahar nails naken nakken namat napje nappen naspel nasri natst natuurijs
        natuurlijke natuurlijker natuurlijks natuurlijkst natuurrijk natuurrijke natuurzij naven nazat nebben neder negeerde
        negenogen negens negentig negentiger negentjes neger negerde negeren negerend negerende neggen neigen neigende nelle
        nellen nemend nemende nemer neppistool nerden nerem nerven nessen netel netje netst neuken neukende neumen neurende
        neust nevens nevin nibbeling niche nicks nieks nieland niels nieman niens niers niesende niest nieten nieter nietes
        nietjes nieuwen nieuwer nieuwere nieuwers nieuwst nieuwste nieuwtje nijgende nijst nikes nikos nimmer nippen nipte
        noden nodige nodigt noedel noemen noemende noemt noenmaal noest noesten nogmaals nokten nolen nolten noodt
        noodzakelijke noodzakelijker noodzakelijks noodzakelijkst nooij noort noortjes nooten nootje nopen nopend noppe
        nopte norden norma normaalst norst notten nuiten nukken nullen nummerde nummeren nummers nummert ochten ochtenden
        ochtendjas ochtendje ochtendmis odeur oeken oelen oenen oeral oeren oerwouden oever oeverval oeverwal offer
        offertjes okken oktay olders oleine olieboeren olieboten oliemolen oliet ollander olles ombertje omboeken omgangen
        omgehaald omgehaalde omgepakt omgetold omhaal omhaalt omhalen omhanden omhangen omhingen omkat ommer omruilen
        omtollen omvangen omvat omver omvergeschoten omwassen onderburen onderbuurman onderbuurvrouw ondergehouden
        onderhouden onderstelling ondersteunen ondersteunend ondersteuningen ondier onduline oneer oneliner ongedeerd
        ongedeerde ongedekte ongeleed ongeleerd ongemeen ongemener ongepast ongepaste ongeteld ongevoerd ongewild onopgelost
        onpas onteren onthaalt onthalen ontlader ontruimd ontruimen ontstoppen ontstoppend ontstopte ontstopten onvermogen
        onzen onzer onzes oorarts oorden oordt ooruilen oosten oostends ootjes opaal opalen opbellen opbleken opboeien
        opboenen opbollen opbrassen opbreken opbruisen opbuigen opdat opdissen opdoe opdoeken opdoekten opdoemen opdokken
        opduiken openblijft openblijven opengebleven opengehaald opengehouden opengeschoten openhalen openhangen openhouden
        operaatje operatief operaties operatieve operator operetje operette opfokken opgangen opgebaard opgebeld opgebokst
        opgebold opgebrast opgedaagd opgediepte opgedoft opgefokt opgegeild opgehaalde opgehakt opgehangen opgehoest
        opgehokt opgejaagd opgekapt opgeklopt opgekort opgekrast opgelaaid opgelijst opgelikt opgeloste opgenaaid opgepakt
        opgepakte opgepaste opgepept opgeperst opgepikt opgeplakt opgerold opgeschaald opgeslokt opgespat opgesteld opgetast
        opgetaste opgeteld opgetelde opgetilde opgetuigd opgeveerd opgevuld opgewaaid opgeweld opgezakt opgezocht opgingen
        ophaalde ophaalden ophaalnet ophadden ophakken ophalend ophalende ophaler ophalers ophaling ophanden ophangend
        ophangende ophanging opharken ophelpen ophingen ophollen opjoegen opjuinen opkocht opkrassen opkruien opkruipen
        opkruisen opkuisen opkweken opladen opladend oplanger oplas oplassen oplazer oplazers opleider oploeven oplossen
        oplossend oplossingen opluiken opmaal opmalen opmarsen opnoemen oppak oppakken oppakt oppakten oppassend oppassende
        oppasser oppassers oppassing oppasster oppaste oppasten oppersen oprijs opril oproeien oproepen oproeren oprollen
        opruiden opruien opruiend opruimde opruimden opruimend opruimer opruimers opruiming oprukken oprukten opschalen
        opstallen opsteken opstellen opstopper optanten optas optassen optast optaties optelden optellen optellend opteller
        optiek optil optilden optillend optillende optocht optooien optuigen opvallen opvangen opvangend opvielen opvingen
        opvissen opvoeden opvoeren opvullen opwas opwassen opwast opwellen opwies opzakken opzicht opzichte opzie opzoekende
        opzoeking opzouten opzuigen opzuipen opzwepen orden order orders orgelist ospel ouder oudere oudje ouverturen
        ovenvast ovenvaste overall overalls overals overat overbeten overbleven overblijf overblijvend overblijvende
        overblijver overblijvers overbluft overboden overbreng overbrieft overbrieven overdrijft overdrijven overgeblevene
        overgeblevenen overgedreven overgegeven overgelegen overgelezen overgeschonken overgeschoven overgesloten
        overgespoten overgezonden overgiet overhaal overhadden overheden overhemden overhoorden overhoren overhoud
        overhouder overhouders overhoudt overjoegen overlijden overlijdt overmere overoude overrulen overs oversturen
        overtal overtogen overuren overval overvalt overvaren overvoeden overvoer overwal overwogen paaide paaien paait
        paalde paalden paalt paaltje paaltjes paantjes paaps paartjes paaseitjes paatje pacht pachten pachter pachtige
        pachtte pacteren padden padding pagineren pakje pakkende pakkert pakkertje pakkertjes pakte pakten palen pallen
        palletjes palperen palpiteren paltertje pampa pamperen panda pander panders paneeltje pangs panikeren panne
        pannekeet pannenhoef pannenkoekmes pannenrek pantertje pantertjes papaatje papierberg papierdun papiermerk papillen
        papisten pappa papyrussen paraafje parabool parasiet pariaatje parijs paringen parkachtig parkeert parkeren parket
        parkje parten partijtje partijtjes pasja pasje pasma passeren passertje pastaatje paste pastel pasten patent pater
        patertjes patience patiente patientes patientie patineren patras patst pauzeren pedanten pedicuren pedicuur
        pedicuurde pedicuurt peelde peelt peene peentje peentjes peers pegelen pegeltje peggen pelde pelen pellen pelletje
        penanten pence pende penders penissen pennen penner pennetje pennetjes penny penselen pensen pension pensions pepers
        pepertje pepertjes pepperen perfecta perfecte perfecter perfectie perfectst perfectum perforatie perik perioden
        perkt perkte peroreren persbond perse persingen personae personeel personele persson perst perste peruanen peten
        peter petertje petertjes petje petsen peuken peutertje pezen picknickbank picknicken picknickend picknicks picknickt
        picknickte picknickten piekte pielen piepels pieper pieperig pieperij piepert piepertje piercers pierde piers
        piertje piertjes pieten pieter pieters pieterse pietersz pietertje pietjes piets pijen pijlen pijne pijnt pijntjes
        pijpers pikkeltje pilde pille pilsen pinas pincetje pindakoek pinde pinden pinkel pinkelen pinnen pinnetje pinnetjes
        pinpas pinten pionnetje piraatjes piraten piringen pisano pitje pitten plaat plaathaak plaatje plaatjes plaatsen
        plaatsje plaatsjes plaatste plaatzwam plachten plager plagieren plakje plakkaten plakke plakkende plakker plakkers
        plakkertje plamuurde plamuurden plamuursel planden plane planeetje planeetjes planeren planeten plankton plannen
        plannetje plans plant plantages plantbed plante planteam plantend plantende plantenga planter planteren planters
        planteur plantijn planting plantje planton plantons plantsel plantsels plantsoen plantten plantuien plasten platen
        platjes platten pleasen plecht plechtig plees pleetjes plein pleintjes plekke plekken plekker plekt plender pletpers
        pletsend pletsten pleuntjes plicht plichtig plintjes ploemen plokken plombeer plomberen plomp pluis plukken plukt
        plukte pocht pochten poedels poeder poedertje poedertjes poefen poefs poeieren poeiertje poeiertjes poeke poelen
        poels poemen poenen poepen poeperds poepers poepertje poepertjes poepje poerde poert poeten poets poetser poetsers
        poetsten poeze poezel poffer poffertje pofte pogen pointeer pointer pointers pokachtig poken poker polakken polakker
        poldertjes polio pollakken pollen poller polst pompe pompt ponden ponder pondje ponen ponnetje ponnetjes ponsioen
        ponst pooit pookt pookte pookten poolbeer poolberen poortjes poost pootjes popachtig popes poppy porden porie
        porretje porretjes porsches porsius porsters porte portee portegies portelen porteren porti portiek portier portiere
        portieres portiers portretje portretjes poses posities poste postel postertje poten potertje potertjes potsen pover
        povertjes pozen praampje praatte pracht prachtdag prachten prachtige prachtiger prachtigs prachtigst prakt prakte
        prakten pralen pramen pratend pratende prater prauwtje preciest precieus precieust precieze precious prefect prein
        prelaten premiers premies prenten prentjes prentten preparatie prepareer prepareerde prepareert prepareren presides
        pressies prestige prettige prettiger prettigs prettigst previews prezen priester prijk prijkten prijn prijst prijt
        prikje prikten prime primeren primo princen prins prinsen prinssen printjes printten printwerk prisma prius probater
        probeerde probeerden probeert proberend proberende probleempjes proesten proet profeten projecteer projecten
        projectie projectje projectkoor projectvorm proleten pronkten pronter prontere prorector prorectors prosector
        prosectors prospector protector protectors pruijs pruimen prulachtig prullenman puiker puiten puitje pukkeltje
        pukken pullen punch puper pupillen pureer puristen pussen pusten puurt puzzelde puzzelt quinta raagt raaide raaien
        raait raakt raakte raakten raast raatje rabatten raben racen rachel radartoren radder raden radertje radiateur
        radiatie radiotoren rafactie rafel raften ragen raids raken raketten rakken rakker raman ramden ramee rames ramin
        rammen ramon rampen random range ranke rapen rapieren rappen rapper raren rasta ratsen rattan ratte rauls ravotten
        razen reactief reactors reageerde reageert realisatie realiseren realtime rebbelen rebben rebellen recent recep
        receps receptie receptor recht rechter redactie redacties redan redden redes reductie reducties reede reedt reeen
        reeft reende reent reept reetje reetjes refactie refereer refereerde refereert refereren refractie refracties
        regalen regaleren regalien regardeerde regardeert regarderen regden regelden regelend regelende regelgen regeling
        regelingen regelink regen regende regenden regenend regens regenten regeren regerend regering regeringen regesten
        reggen reggie regout reide reiden reien reijn reinig reintjes reisatlas reisboekje reispas reisweg rekenend reker
        rekke rekker rekkingen relaas relateer relateerde relateert relateren relaties relaxatie relayeer relayeerde
        relayeert relayeren relde relden relen rellen remden remgelden remmer renden renders renen rensen repareerden
        reparerend repartitie repasseerde repasseren repatriatie repatrieer repatrieerde repatrieert repatrieren repelen
        repen repeteer repeteerde repeteert repeteren reporter reputatie respiratie respireerde respireren ressen restte
        retardatie retardeerde retarderen retel reten retireer retireerde retireert retireren retractie retracties reuen
        reuken reukoffer reutelen reutje reutjes revalidatiecentra revalideer revalideerden revalideert revaliderende
        revaluatie revalueren revelen revideren rezen rheden rials ribbeling richt richtend richtig richtige richtingen
        richtsnoer riedelen rieder riekte rientjes rieten rieter rietje rietjes riets rijdag rijde rijdek rijdend rijdende
        rijder rijfde rijgen rijken rijkst rijmden rijmen rijnen rijpaden rijpen rijpst rijstboer rijstenat rijstoel
        rijstpap rijstroken rijsttafelde rijstwafel rijstwafels rijten rijzen rilde rilden rilst ringelen rinkel rinkelen
        rinst rintje ritme ritst ritte rivaliseren rodeloop roden roede roedels roeden roefelen roeibank roeken roemaat
        roerbakte roerblad roerde roeren roert roertjes roest roestbak roesten roestiger roeten roetje roetjes roeven roezen
        roffel roger roken roker rolder rolladen rollagen rollager rollen rollende rolsteen rolstoeler ronda rondbreien
        rondbreipen rondbrengt ronde ronden ronder rondgang rondgebrachte rondhang rondje rondkom rondkomt rondpomp
        rondrennen rondt rondworm rondzwom roodborst roodhorst rooie rooit rookstoel rookt rookte rookten rosten rosti roten
        rotje rotten roulade roulades roven rover rozen rozendom ruiker ruikers ruiten ruitje ruizen rukken rukte rullen
        ruller rundleer runnen russen rusten rustige rustiger rustigst rusting rustte rutten saaien sakken sakker saldi
        saman samsen sandel sander sanders sandwiches sante saoto sappen saste satan sater saven saxen scandeer scannen
        scannend schaap schaffen schampen schappen scharmer scharnierde scharniert schattig schatting schaven schavend schee
        scheep scheermachine scheffel scheffer scheg schei scheiden scheijen scheijven schel schelletje schelm schelmerij
        schelp schelven schenderij schept scherf schermde schermer schermt scherp schers scherven scheven schey schiep
        schieting schieven schiffer schift schifting schijterij schijven schilden schilderden schilderend schilderende
        schilderes schilderles schilderman schilferden schilferen schilferend schilferig schipperen schipperij schitteren
        schlager schnitzler schob schobben schoe schoen schoenmaat schoenmaken schoenmaker schoenmaten schoenzool schoffeer
        schoffelde schoffelt schoffie schoffies schoften schok schokken schol scholden scholen scholend scholien scholieren
        scholl schollen scholp scholver schommel schonden schonen schonken schoo schoofde schoofs schooft schooi schooien
        schook schoolbus schoolde schoolga schools schoolse schoolst schoolt schoon schoonbroeder schoonbron schoonen
        schoongemaakte schoonlo schoonloo schoonmaakt schoonmaakte schoonmaakten schoonmakend schoonmakende schoonmaker
        schoonmakers schoonmama schoonouder schoonus schoonwater schoop schoor schoorl schoot schopt schor schoren schorren
        schorsen schot schotelde schotelt schotjes schotser schotweg schouderen schra schraa schraagt schraalt schraap
        schraapt schraapte schraapten schrab schrabben schrabt schragen schralen schram schramden schrammen schramt
        schrander schranken schrankt schransen schranser schranst schranzen schranzer schrapen schraper schrapnel schrapper
        schrappers schrapping schrapsel schrapte schrapten schrauwen schraven schreden schreien schreier schreven schrieken
        schriever schrift schrijen schrijfmachine schrijft schrijven schrobben schrobden schrobmachine schroeder schroefden
        schroeiden schroeien schroeiend schroeten schroevend schroevende schroevers schrokken schrokten schrooien schrooten
        schubben schudden schudding schuieren schuiert schuifaf schuifelt schuifje schuiflade schuifladen schuiflades
        schuijer schuijt schuil schuilden schuilen schuilend schuilhol schuiling schuilt schuim schuimden schuimen schuimend
        schuimer schuimt schuin schuinen schuiner schuining schuinst schuint schuinte schuit schuiten schuitjes schuivend
        schuivende schuivens schuiver schuivers schukken schukking schulden schuldvrij schuling schulpen schulten schulting
        schultink schurft schurfte schuring schurken schutkring schutsel schuttel schutten schuurde schuuring schuwden scoop
        scouting scullen sedatief seder selen sellen senders senne seoel separatie separeer separeerde separeert separeren
        sepot series serven serves servicen services servie serviel serviele servier serviers serviet setje seuren sevriens
        shampoot sharma sheet shoppen shopt shopte sierde sierlijk sierlijke siert sijpelen simen sinas sinderen singer
        sinus situatief situeren sjaan sjoel sjoemelen sjofeler sjonge sjouw sjouwden sjouwend sjouwer sjouwers skaat skate
        skater skybox skypen slaan slaapbank slaapgas slaaphok slaapmat slaapzaal slaat slacht slagader slagdeur slagen
        slagerij slagperk slagter slagveer slagwerk slakken slang slank slaper slappen slavin slavinnen slavisten slechte
        slechten slechter slechtje slechts slechtst slechtte slede sleed sleep sleeptoon sleepwagen sleepzak sleet sleijpen
        slicht sliep sliet slijm slijmer slijmerd slijpe slijpen slijpend slijperij slijpsel slijpstof slijpwerk slijter
        slijters slikkers slikprobleem slinge slingeras slingerde slingert slinkser slipper slippers sloepje sloffen
        sloffend sloft slokt sloop sloot slopen slopend sloppen slort sluijter sluiker sluikers sluikpers sluipers sluiters
        smaak smaakt smaakte smaakten smaken smarthome smediger smeer smeriger smeuiger smoel smoelen smoesjes smoest
        smoorpot smuigers smullen smulletje snaar sneaker sneakers snediger sneef sneert sneeuwschoen sneeuwschop snelde
        snellen sneller snellere snellers snelt snerk snerkt snerp snerpt sniekers snijpers snikkers snippen snoefden
        snoeiden snoeiend snoeiende snoeier snoeiers snoeiing snoeijen snoeijer snoeimes snoeisel snoeken snoekten snoep
        snoepen snoepend snoepje snoepjes snoepten snoerden snoeren snoerend snoert snoeten snoeven snoevend snoezen
        snolletje snort snoten snuiters snuitjes snuivers snullen snurkers socialist soede soeren soest soeten soezen softe
        sokje sommetje sondag sonder soppe soppen sopte soren sortie sorties sortietje sortietjes sotho sotto souper souren
        sozen spaan spaar spaat spaden spande spanner spanners spannetje sparde specht speciale specialisme specialiste
        specialistes specialite specials specien specimen speek speel speeltje speelwagen speertje spekglad speklaag spekt
        speld spelertje spellend spelmaker spelt spert sperzieboon spiek spiekers spierziekte spijkers spillen spilletje
        spilletjes spinaker spleetje splinter spoel spoelden spoelen spoelend spouwen sprak sprei spreitje spreitjes
        sprietjes springbussen springer sprinten sprinter sprintjes sproeide sproeiden sproeien sproeiend sproeten sproetjes
        sprotjes spruiten spruitje spruitsel spruitsels spuiters spuitjes spulletje spulletjes staaft staagt staaks staakt
        staalkabel staalt staand staart staats stade stadion stadions stads stadskabel stalletje stalt staman stampertje
        stampvoet stampvol stamslot stamt stamtafel stamtafels stands stang stank stans stante stappen stappend stapt stapte
        staren start state statiaan statie staties statu statuesk staturen steaks steegers steekbaken steekbal steekbogen
        steekkaart steekpan steekwapen steekwapens steekzagen steekzak steel steenkar steenlagen steenwagen steenwagens
        steenwegen steenzagen steffen steffens stegen steger steigerde steigert steijger steijlen steiler steilere steinder
        steiner stelletje stelletjes stelliger stelp stemapparaat stemcontact stemmiger stemsleutel stenigen steniger stent
        stept stepte steren steur steurde steuren steurt stevens steviger stevigere stickers stiefbroeder stiefouder stiel
        stien stienen stijgijzer stikkers stilde stilgezet stillen stilletje stilt stilzetten stinkers stippen stipt stipte
        stoefen stoeften stoei stoeiden stoeien stoelden stoelend stoelt stoepa stoepen stoepje stoepjes stoeppad stoept
        stoepte stoer stoffeer stoffel stoffelen stoffels stoffer stofferen stoffers stoffiger stofmens stoft stofte stoften
        stofzuigden stofzuigend stofzuigerde stofzuigert stokt stokte stoll stolp stolpen stolpt stolpte stolt stolte stomp
        stompen stompend stompste stompt stompte stompten stoms stonde stoned stonk stoofden stoofhout stoofpan stool stoop
        stoopen stoot stopen stopgezette stoppel stoppelen stoppels stoppend stoppende stopper stoppers stopping stops
        stopsein stopster stopten stopzette stopzetting storen stort stout stoute stouwden stouwen straal straalkapel
        straalt straaten straatje straffen straft strak strakjes strakst strakste strand stras stratus straus streaker
        streklagen streks strenger stricker striemen strijden strijdend strijder strijdplan strijen strijkel strijkend
        strijkende strijker strijkers strijkert strijkje strijkjes strijpen strijtem strik strikjes strikken strikker
        strippen stripten stroever strooier stroombreker strooppot stroopte strop stroppen stropt stropte stropten stroucken
        struif struijk struikel struikelen struikelt struikhei struin struinden struinen struinend struis struisen struiser
        struiven strunk struyk stuart studeren stuffen stuik stuiken stuikten stuiters stuitjes stuivers stuken stulen
        sturend sturende stutting stuurcode stuurden stuurhut stuurmachine stuurs stuurse stuurser stuurtas stuut stuwen
        sucre sudderlappen suggestibel suggestief suggesties suggestieve suijker suikerbus suikerhars suikerhart suikermarkt
        suikeroom suikerpalm suikerprijs suikerrijk suikert suikerziek suikerzieke suikerzieken suikerziekten suikerzoete
        suizen sulkers sullen sulletje summer supermacht supers sussen susten swaan swart sweet taaien taakt taakte taakten
        taalde taalden taaltje taaltjes taalvorm taant tabel tacke tackel tacken tafelt takel taken takje takken takten
        talen tallen tamer tamers tammer tanden tandzorg tanga tange tango tanig tanker tankje tanks tankte tannetje
        tannines tappen tapper tapte tarde taste tater taxussen teaen teder tedere teelde teellaag teelt teemt teentje tegel
        tegelaar tegelen tegens tegenzang tegenzij tehuis teint tekening tekeningen tekens telde telefoonnummers telefoto
        telen telexiste telgen tellen temmer tenders tenen tennis tennissen tensen teren tergen terheijl terra terugbezorg
        terugbezorgd terugbezorgde terugbezorging terugbezorgt terugbracht terugbrenging terugdring terugdringen terugdringt
        terugdrong terugdrongen teruggebrachte teruggedacht terugkreeg terugkregen terwijn testje testjes teugen tezen thais
        thalen thans theater thebe theeen theet thema thermossen these thoen thuijs thuisbezoeken thuisbezorgde thuisbracht
        thuisbreng thuisbrengt thuishouden thuiskregen thuisverzorging tiben tieben tieken tielt tiemen tiendweg tiener
        tiens tierende tietjes tijde tijden tijdjes tijds tijen tijnje tikkende tilden tille tilleman tillend tilles
        tilligte timen timende timmer tinder tinkel tinkelen tinnen tinte tintje tippende tipse tipsy tjonge tobbetje tocht
        tochten tochtend toean toedragen toefde toefje toeft toegeslagen toeken toelagen toelages toelaten toerde toeren
        toert toertje toertjes toerwagen toesla toeslaat toesloeg toesloegen toestaken toeten toetsen toetsje toetsjes
        toette toeven toevlogen toezagen toffel toffer toilette token toker tolde tolen tollen tolletje tomatensap tomen
        tonden tonder tonen tongetje tonijn tonnetje tooiende tooit toonde toont toontjes tootje toppen topte toren torentje
        torretje torsie torst tortelen torteltjes tossen toste tosten toten touch toupetje touwladder tover toverslag traan
        traatje tracht trachten tramp trapt trapte treden treed treeen treintje trien trienen trientje trijntje trijs trijst
        trilde trillen trillend trilt triltafel trimmen trimmend trimster tripje trips troefslag troefslagen troffen trollen
        trollend trouw truffel truffels truis tsang tucker tuijn tuiltje tuiltjes tuindeuren tuinierde tuinierden tuinierend
        tuiniers tuiniert tuinland tuinlieden tuinmuren tuinplan tuinplant tuinsetje tuinslak tuint tuinte tuinwerken tuisen
        tuiten tuitende tuitje tukken tukte tullen tunieken turen tussenas tussenin tuurde tuurt twaalfden tweed tweeden
        tweedens tweedes tweern tweernen tweeslag tweet tweeten twent twinkel twinkelen twintigen twintiger twist udding
        uding ufkes uiltje uitbaat uitbaken uitbaten uitbater uitbeen uitbeende uitbeenden uitbeent uitbenen uitbener
        uitblaas uitblaast uitblazen uitbleef uitbleek uitbleekt uitbleken uitbleven uitboenen uitbrekend uitdaagt uitdagen
        uitdeden uitdeelde uitdeelt uitdelen uitdelend uitdelende uitdenken uitdiende uitdienen uitdient uiteen uiteinde
        uiten uitfaden uitfloten uitgaat uitgaven uitgebate uitgebeeld uitgebeend uitgebeende uitgebeten uitgeblazen
        uitgeboend uitgedeeld uitgediend uitgeeft uitgeest uitgefloten uitgegeten uitgegoten uitgekeerd uitgekiend
        uitgekleed uitgelachen uitgeladen uitgelatener uitgelatenst uitgeleefd uitgeleefde uitgeleende uitgeleerd
        uitgeleerde uitgelegd uitgeleid uitgelepeld uitgeleverd uitgelijnd uitgelopen uitgelote uitgeloten uitgemalen
        uitgemeten uitgeoefend uitgepend uitgereed uitgeregend uitgerekend uitgerend uitgescheden uitgeschenen uitgeschoven
        uitgeslagen uitgeslapen uitgesleten uitgesloten uitgeteerd uitgevaren uitgeveegd uitgeveend uitgeveende uitgeven
        uitgevend uitgevende uitgevent uitgeweend uitgezeefd uitgezeten uitgleden uitgleed uitgoten uithaalt uithakten
        uithalen uitjagen uitjes uitkapten uitkeerde uitkeert uitkeken uitkepen uitkeren uitkerende uitkiende uitkienen
        uitkient uitklaren uitkleden uitkleed uitkleedde uitkleedt uitlaad uitlaadt uitlachen uitlacht uitlachten uitladen
        uitlatend uitlating uitlazen uitleef uitleefde uitleefden uitleeft uitleenden uitlees uitleest uitlegden uitleggen
        uitleggende uitlegt uitleidde uitleiden uitleidende uitleidt uitlek uitlekken uitlekkende uitlener uitleners
        uitlening uitleven uitlever uitleverde uitlevert uitlezen uitliepen uitlijnen uitlogende uitlokten uitlopende
        uitloten uitmaakt uitmaalt uitmaken uitmalen uitnamen uitneemt uitnemen uitnemende uitoefen uitoefende uitoefent
        uitpakten uitpennen uitplant uitplanten uitploeg uitpraat uitpraten uitraakt uitraast uitraken uitrapen uitrazen
        uitreden uitredende uitreedde uitreedt uitregende uitregent uitreken uitrekende uitrekent uitrennen uitschijnen
        uitschreef uitschreven uitschrijft uitschrijvend uitschrijvende uitschrijver uitschrijvers uitschrijving uitschuif
        uitschuiven uitslaan uitslaap uitslaapt uitslaat uitslagen uitslapen uitsleep uitsleept uitsleet uitslepen uitsloeg
        uitsloten uitspaart uitspelend uitsprekend uitspuit uitstaat uitstaken uitstegen uitsteken uitstekende uitstekender
        uitstekken uitstellend uitstervend uitstotend uitstreken uitstrekkend uittarten uitte uitteert uitteken uittekende
        uitten uitteren uitvaagt uitvaar uitvagen uitvalarm uitvaren uitveegde uitveegt uitveende uitvegen uitvenen
        uitventen uitviert uitvlakt uitvlieg uitvoert uitvraagt uitvraten uitwaait uitwaarts uitwasten uitwater uitweegt
        uitweende uitweent uitweg uitwegen uitweken uitwenen uitwezen uitwonen uitzaagt uitzaait uitzagen uitzakten
        uitzenden uitziende ukken updaten updatet updatete uppen uraan urmen urnen uurtjes uzelf vaagt vaalt vaardig vaarten
        vaatje vacht vachten vadem vadempje vadert vagen vager vakanties vaker vakje valavond valentie valer valken vallende
        valletjes valst valtijd vamen vandaal vandaals vandalen vandana vander vangbaar vangende vangertje vanwaar varen
        varens varentje variantie varieren varikeus varkensleer varren varretje varsen vaste vastschroefden vaten vecht
        vechter vechtgenoot vedder vedel veder veeartsen veekering veelde veele veelt veenhuizen veens veerhuizen veerring
        veers veerse veert veertienen veertje veertjes veestal veestten veevoer vegende vegertje vegetarisme vegetaties
        veildagen veinsden veken veldbeemd veldbies velde veldhuizen veldspuit velen vellen velthuizen venen venhuizen
        ventilatie verander veranderd verankering verarming veras verasten verbaten verbeent verbeest verbeet verbeeten
        verbenen verbeten verbeter verbetering verbiedt verbiest verbij verbindend verbinder verblijft verblijven verboer
        verboerd verboert verboven verbuigen verbuiging verbuigingen vercijfer vercijferd vercijferen vercijfert verdaagt
        verdagen verdeden verdeelt verdek verdel verdelen verdeler verderaf verdere verderf verderfs verderft verderga
        verderop verders verdiend verdiende verdienden verdient verdiept verdierf verdiets verdoopt verdor verdoven verdriet
        verduiken vereelten vereen vereenden vereer vererven veres vereven verevend verevent verfijnder verfoven verfrollen
        vergaapt vergaart vergaat vergader vergaf vergal vergalt vergapen vergaren vergaring vergas vergast vergaste
        vergasten vergaten vergaven vergeef vergeefs vergeeft vergeeld vergeelt vergeer vergeetal vergelden vergeldt
        vergelen vergelend vergen vergende vergetend vergetende vergeven vergevend vergezel vergezelt vergift vergiften
        vergist vergiste vergisten vergleden vergleed vergoden vergoeden vergokten vergoten vergramt vergreep vergrepen
        vergroten vergruizen vergruizing vergt verguist verguizen verguizing verguizingen verhagen verhandeld verharding
        verheden verheelt verheezen verheiden verheien verheijen verhelderd verhelen verheven verheyen verhinder verhinderde
        verhinderden verhinderen verhinderend verhindert verhoer verhoerd verhoert verhongerd verhoopt verhouden
        verhuisdagen verhuisden verhuizend verhuizende verhuizer verhuizers verhulden verhullen verhulling verhullingen
        verhuren verhuring verhuringen verijdel verijdeld verijdelen verijdelt verjaagt verjaard verjaardagen verjaardagje
        verjaarde verjaarden verjagen verjaring verkeert verkeken verkenden verkeren verkering verkeuren verkiest
        verkokering verkoopt verkoper verkropt verkuilen verlaagt verlader verlagen verlamming verlaten verleden verleent
        verleert verleest verlegen verleien verlenen verlepten verleren verletten verlezen verlieft verliest verliet
        verlieten verliezer verlijden verloopt verloten verloven verluiden vermat vermaten vermeden vermeent vermeet
        vermeien vermenen vermetel vermeten vermetten vermijden vermijdend verminder verminderd verminderde verminderen
        vernacht verne verneder vernedering verneemt vernemen vernepen vernielt vernisten verouder verover veroverd verovert
        verpesten verpleeghulp verpleegtehuis verpopping verpoten verrader verras verre verreden verregen verreiker
        verreizen verreken verrekening verrekten verrezen verriest verriet verrijden verroer verroerd verroert verrollen
        verruigen verruiging verruilen verruiling verruilingen verruimen verruiming verruimingen versa versaagt versagen
        verschalen verschansen verscheen verschelen verschenen verschenken verschepen verschijnen verscholen verschonend
        verschonende verschoning verschonk verschonken verschoon verschoonden verschoppen verschopt verschopten verschoten
        verschotten verschoven verschroten verschuren verseert verser verseren versie versierder versiert versje verslapping
        verslapt versleet versleten versloft versloot versluizen versmeet versmeten versmolt versnoept verso versober
        versproducten verspuij verst verstaat verstapt verstapte verstart verste versteen versteken verstekken verstel
        verstellen versteller verstelt versterk versterken versterkend versterkt versterkte versterkten versterven verstiet
        verstikt verstilt verstoel verstoeling verstoep verstoffing verstoft verstofte verstokt verstokte verstomd
        verstomming verstomp verstomping verstompt verstompte verstomt verstond verstoof verstook verstookt verstoor
        verstoort verstoot verstop verstoppen verstopte verstoring verstoting verstout verstoute verstouw verstouwt
        verstreken verstrekker versvoet vertapping verte verteder vertedering verteert verteken vertekening verten verteren
        verteuten vertiend vertienden vertinde vertoner vertuien vervaagt vervaardig vervagen vervalen vervaren vervat verve
        verveelt verveen verveend verveer vervel vervelen vervend vervende vervenne verver vervet vervetten verviers
        vervliet vervloed vervloei vervloek vervloet vervoeder vervoeg vervoegd vervoegt vervoerd vervoerde vervoert
        vervolger vervoorn vervoort vervorming vervroeg vervroor vervuilen vervuiling vervuilingen vervuren verwaardig
        verwarder verwarmen verwarmend verwarring verwaten verweeft verweegt verweekt verweert verweest verweet verwegen
        verweken verwekten verwen verwenden verwender verwer verweren verwering verwerker verwerking verwerping verwerving
        verweten verweven verwezen verwijdde verwijdden verwijde verwijden verwijdend verwijdende verwijderde verwijderden
        verwijderend verwijderende verwijdering verwijdt verwijfde verwijfden verwijfder verwijl verwijlde verwijlden
        verwijlen verwijlend verwijmeren verwijten verwijtend verwijven verwijzen verwijzend verwijzer verwijzers verwilder
        verwilderd verwilderde verwilderden verwilderen verwilderend verwildert verwinden verwinteren verwoeder verwoerd
        verwoert verwonder verwonderen verwondert verwording verwurging verzaagt verzagen verzat verzeept verzegeling
        verzekeren verzen verzenden verzenen verzepen verzeten verzetten verziekt verziend verziende verziet verzoeten
        verzuilen verzuiling verzuimen verzuiming verzuipen verzwaring verzwering vestje vestjes veten veter vetergat
        vetertje vethuizen vetspuit vezel vibreren vichte videobeelden videobrillen videospellen vielen vierdes vierel
        vierend vierendertig vierenveertig vierenvijftig vierhonderd vierhuizen viersen viert viervoet viets vieve viever
        viezer vigeerde vigeren vigerend viggo vijanden vijfden vijfdes vijfenzestig vijfje vijfling vijftienen vijgen
        vijlde vijlt vijst vijver vijzen vilde vindbaar vindend vindende vingerde vingeren vinkel vinken vinkt virieler
        virussen visavond visben visdagen viseerde vissend vissende visser visstick visten vitsen vitten vizieren vlaag
        vlaak vladder vladdertje vlagen vlakken vlast vlecht vleer vleesboom vleeskoe vleesproducenten vleesproduct
        vleesproductie vleest vleet vlekt vleug vliegbeeld vliegden vliegend vlieghelm vlier vlieren vliertje vlies vliet
        vlijlagen vlijm vloeibaars vloeibaarst vloeibare vloeiblad vloer vloerde vloerden vloeren vloert vloertje vloerveld
        vlouw vlugt vocht vochten voedde voeden voedende voeder voederde voederen voedt voegde voegen voegend voegende
        voeger voegt voelbaar voelde voelen voelende voelt voerbak voerden voerder voerders voerend voerende voerens
        voerense voertuig voesten voeten voeteren voetje vogelt voges voldoend voldoende voleinde volgen volgenden volgens
        volgorde volkeren voller volleren volleyde vomeerde vomeren vonden vonder vondertje vonkende voogel voorafga
        voorafje vooral vooras voorbaat voorbeden voorbeen voorbenen voorbeurs voorbleven voorburen voorbuur voord voordacht
        voordans voordanst voorde voordeden voordelen voordeur voordeuren voordezen voordoet vooren voorgaat voorgaf
        voorgebeden voorgebleven voorgegeven voorgelaten voorgelegen voorgeleiden voorgelogen voorgelopen voorgemeten
        voorgereden voorgeven voorgezet voorgezeten voorheen voorhuizen voorkant voorkauw voorkauwen voorkeus voorlaat
        voorlagen voorlast voorlaten voorlazen voorleden voorleer voorlees voorlegden voorleggen voorleiden voorleven
        voorlezend voorlezende voorlezer voorlezers voorlezing voorlieden voorliegen voorliepen voorlogen voorlopen voormast
        voormat voormuren voormuur voorn voornemen voorplat voorreden voorreken voors voort voortduren voorteken voortleven
        voorvalt voorzaat voorzat voragen vorden vorder vorderde vorderen voren vorig vorigen vorken vormende vorst vorstige
        vossen voteerde voteren vouwende vozen vozer vraagden vraat vracht vrachten vragend vragende vrager vraten vreden
        vreemden vrees vreesden vreven vriens vrieskast vrieze vriezema vriezen vriezend vrijages vrijdagje vrijdagse
        vrijden vrijdragend vrije vrijend vrijende vrijgaven vrijhaven vrijlaten vrijmaken vrijs vrijst vrijt vrijwaren
        vrijwillig vrijwillige vrijwilligere vrijwilligers vrijwilligerswet vrijwilligs vrijwilligst vrijwilligster
        vrijwilligsterswerk vroed vroeder vroedere vroegen vroegere vroegh vroem vroor vrouwe vuilnisblik vuilnisblikken
        vullen vullende vullisbak vuren vurige vuurman vuurt vuurtje waagschaal waaide waaien waait waakt waakte waakten
        waalde waalden waant waard waardig waargoed waarmee waarna waarop waars waarvoor wachtel wachtels wachtend wachtende
        wachter wachters wachtzin wadden waden wafel waggelde wakken wakker walde walden walen wallen walletjes walsmachine
        walsmachines wamen wammesen wandaden wandbeen wandbenen wande wandeldag wandeldagen wandeldek wandelden wandelend
        wandelende wandelgang wandelgangen wandelpaden wandelrit wandelweg wandelwegen wanden wander wange wangs waning
        wankelde wankeling wankelst wankelt wanmolen wanner wanspraak wants wapen wapper warde warend warmde warmer warms
        warmt warmte warnesten warnetten warre warrelde warreling warren warten wassen waste water waterbad waterbak
        waterbes waterbus watercooker waterdag waterdagen waterden waterfase watergas waterglas waterigs waterijs waterkamer
        waterkan waterkans waterkever waterkoeler waterlast watermaker waterman waterpark waterpasse waterpers waterpest
        waterplan waterplas waterpost waterpot waterput waterrad waterral waterram waterrat waterstoker waterval watervast
        watervat waterzak watje wauwelde wauwelen waven waxen wazen webben wecken weckt weckte wedden weden weder wedergeeft
        wedren weeen weeft weeggegevens weeghaak weeghaken weegs weegt weekeind weekeinden weekeindes weekeindje weekeindjes
        weekendde weekenden weekender weekenders weekendje weekendjes weekends weekendt weekgeld weekheid weekjes weekmenu
        weekt weelde weemakend weende weenden weent weeps weerd weerden weergeef weergegeven weergeven weerklank weers weert
        weertje weeskind weesp weetje wegbleef wegbleven wegdeden wegdreef wegdreven wegen wegende weggaven weggebleven
        weggedreven weggeebd weggeeft weggegleden weggegoten weggegraven weggehaalde weggehold weggejaagd weggekeken
        weggemaaid weggeman weggen weggereden weggerend weggevaagd weggevaren weggevend weggevende weggewaaid weggewoven
        weggezaagd weggezet weggieten weggleden weggleed weggoten weggraven weghaalde weghaalden weghakken weghangen
        weghangt weghelpen weghollen weghonen wegjaagt wegjagen wegkaapt wegkapen wegkeken weglaten weglezen wegmaait
        wegmaakt wegmaken wegnamen wegnemen wegraakt wegraken wegreden wegregelen wegrukte wegteren wegvaagt wegvaart
        wegvagen wegvallen wegvaren wegvegen wegwaait wegwezen wegzagen weide weigeren weijn weinige weinigen weinigje
        wekken wekkend wekkende wekker wekte welbekend welen welfde welhaast welijzer welken welker welks welkte welle welse
        welte welten welven wendel wenden wendende wenders wenen wening wenken wenkend wenkende wenkte wenneker wennen
        wensende wensten wentelde wenteling wentelteefje werelden werft werkbaar werkbaas werkbak werkbalk werkbare werkboek
        werkend werkende werker werkgang werkland werkmens werkster werkuren wernsen werpen werpt werst wervelen werveltjes
        werven westeinde westen westvest wetend wetens wetgevend wetgever wetje wetten wevende weyden wezet whist wichelen
        wicht wichten wiebelen wiedden wiedeman wiedend wiedende wieder wiedes wiedt wiegden wiegelen wiegt wieken wiekend
        wiekte wielde wielden wielen wielt wiemelen wiemen wiepen wierd wierde wierden wierdens wieroken wieven wiggen wijde
        wijdeling wijdt wijkt wijlde wijlden wijlen wijlt wijnblad wijne wijnfles wijngids wijnplas wijsen wijst wijven
        wikkel wikkelden wikkelen wikkelend wildeling wildeman wilder wilderen wilds wille willem willemen willend willende
        willens willigen wilts wimpelen windas winde winden winder windt winkelbel winkelden winkelend winkelende winkeler
        winkelier winkella winkelman winkelt winkeluren winkelwagen winkelweg winket winketten winksele winnen winssen winst
        winstdoel winteren wirken wispelen wisse wissel wisselen wissend wissende wisser wisses wiste wisten witje witkielen
        witloof witlox witsen witst witten woede woeden woedt woeltjes woensdagse woerde woest woesten wolke wollen wonde
        wonden wonder wonderde wonderen wondheling wondje wondt wonend woningen wonink wonnen wooncode woonden woonidee
        wooning woonst woord woorden woort wordend wordende worgden worgen worgt wormen worpen worstelden worstelen
        worstelend wortegem wortelde wortelden wortelende wortelig worteling worteltje woude woudt wrakdelen wrakgoed
        wratten wreed wreek wreken wrekend wrekende wrensen wrikkelen wrochten wrochtte wroeg wroet wroeten wuiten
        wulpennest wurger xander xanders yacht yangs yelde yellen yfkes zaagbank zaagbek zaagt zaaide zaaien zaaimachine
        zaait zaaks zaaltje zaaltjes zachter zachts zachtste zager zaken zakje zakken zakker zakte zakten zalen zalfde
        zalvende zandalen zander zanders zandlagen zandwagen zangboek zappen zapper zaten zaterdagse zeebenen zeedagen
        zeefde zeeft zeelt zeemt zeerste zeetje zeewering zegde zegden zegelen zegeling zegelring zegelsnijder zegenend
        zegening zeger zegge zeggend zeggende zegger zeide zeiden zeikende zeiker zeikerig zeikte zeilende zeisen zekere
        zekers zekert zelfs zelissen zemel zendende zender zenderen zengen zengt zenne zeper zerken zesden zesdes zesdeurs
        zesje zeste zestiger zetel zetje zetten zeugen zeulende zeult zeurders zeurende zevendes zeveneken zevens zeventig
        zeventiger zeventjes zever zeverde zeveren zeverend zeverende zichten ziedende ziedt zieken ziekenhuisbal zieker
        ziekste ziekt ziekten ziektes ziend ziende ziens ziften ziggy zijden zijnd zijne zijns zinderen zinnen zitdagen
        zitje zittend zittende zitter zoden zoefde zoeft zoekend zoeker zoelen zoemen zoemende zoemt zoenen zoenende zoent
        zoeten zoetende zoetje zoeven zoevende zogen zohra zolder zomerdag zomerdagen zomerden zondaars zondagse zondaren
        zondares zonde zonden zonderde zonderen zonderop zondes zondig zondigden zondigen zondigend zondiger zondigst
        zonering zonken zonnedag zonnedagen zoomt zootjes zorge zorgen zotten zoude zoudt zoute zouteloos zouteloost
        zouteloze zoutelozer zoutvlees zover zowaar zowat zucht zuchten zuchtend zuchtten zuidveld zuiker zuilen zuipster
        zuiver zulle zullend zullende zulte zulten zunderts zuren zuurt zuurtje zuurvrij zwaag zwaai zwaal zwaan zwaard
        zwaars zwade zwageres zwagerin zwalm zwanger zwangere zwart zwarte zweef zweer zweet zwemen zwemende zwerende zwerk
        zwervende zweten zwetende zweven zwevende zwichten zwijn
        """);
}
