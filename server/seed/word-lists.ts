/**
 * Raw material for the demo candidates: names grouped by where they are common (so a first
 * and a last name usually belong together), cities, invented employers and CV phrases.
 * Every company here is made up.
 */

/** Whitespace-separated words; `_` stands for a space inside one name ("de_Jong"). */
const words = (text: string) =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replaceAll('_', ' '))

/**
 * eu: EU/EEA or Switzerland, no paperwork. near: an EU-compatible time zone outside the EU.
 * far: outside EU time zones, so the remote role means relocating.
 */
export type Zone = 'eu' | 'near' | 'far'

export type City = { name: string; country: string; dial: string; zone: Zone }

const cities = (country: string, dial: string, zone: Zone, names: string) =>
  names.split(',').map((name): City => ({ name: name.trim(), country, dial, zone }))

export type NameRegion = {
  id: string
  weight: number
  male: string[]
  female: string[]
  /** "Kowalski|Kowalska": masculine|feminine forms where the language inflects surnames. */
  last: string[]
  /** Chance of carrying two surnames, as is usual in Spanish- and Portuguese-speaking places. */
  doubleSurname: number
  /** Chance of living in one of the tech hubs rather than at home. */
  abroad: number
  cities: City[]
}

export const NAME_REGIONS: NameRegion[] = [
  {
    id: 'german',
    weight: 11,
    male: words(`Lukas Jonas Leon Felix Maximilian Tobias Florian Sebastian Moritz Niklas Johannes
      Matthias Paul Simon Fabian Jan David Philipp Benedikt Dominik Christoph Markus`),
    female: words(`Katharina Lena Anna Laura Julia Hannah Sophie Lea Miriam Franziska Carolin
      Theresa Jana Stefanie Anja Nina Johanna Vanessa`),
    last: words(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch
      Richter Bauer Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange
      Werner Krause Lehmann Köhler Huber Gruber Steiner Brunner Keller Vogel Berger Baumann Graf
      Kaiser Fuchs Scholz Möller Seidel`),
    doubleSurname: 0,
    abroad: 0.2,
    cities: [
      ...cities(
        'Germany',
        '49',
        'eu',
        'Berlin, Munich, Hamburg, Cologne, Frankfurt, Stuttgart, Leipzig, Dresden',
      ),
      ...cities('Austria', '43', 'eu', 'Vienna, Graz'),
      ...cities('Switzerland', '41', 'eu', 'Zurich, Basel'),
    ],
  },
  {
    id: 'french',
    weight: 6,
    male: words(`Louis Hugo Arthur Jules Gabriel Raphaël Théo Antoine Mathieu Nicolas Julien Maxime
      Baptiste Guillaume Romain Quentin Thibault Alexandre Vincent Olivier`),
    female: words(`Camille Chloé Manon Léa Inès Juliette Clémence Pauline Élise Margaux Sarah
      Amandine Céline Mathilde Lucie Émilie`),
    last: words(`Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Laurent
      Lefebvre Michel David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont
      Lambert Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Chevalier Lemaire
      Gauthier Perrin`),
    doubleSurname: 0,
    abroad: 0.2,
    cities: [
      ...cities('France', '33', 'eu', 'Paris, Lyon, Toulouse, Nantes, Bordeaux, Lille, Grenoble'),
      ...cities('Belgium', '32', 'eu', 'Brussels'),
      ...cities('Switzerland', '41', 'eu', 'Geneva'),
      ...cities('Canada', '1', 'far', 'Montreal'),
    ],
  },
  {
    id: 'spanish',
    weight: 7,
    male: words(`Alejandro Pablo Javier Daniel Sergio Adrián Álvaro Diego Carlos Miguel Iván Raúl
      Mateo Santiago Jorge Manuel Rubén Gonzalo Nicolás Tomás`),
    female: words(`Lucía María Paula Laura Marta Elena Carmen Sara Andrea Irene Cristina Nuria Alba
      Valentina Camila Sofía`),
    last: words(`García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín
      Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres
      Domínguez Vázquez Ramos Gil Serrano Blanco Molina Ortega Castro Rubio`),
    doubleSurname: 0.55,
    abroad: 0.25,
    cities: [
      ...cities(
        'Spain',
        '34',
        'eu',
        'Madrid, Barcelona, Valencia, Seville, Málaga, Bilbao, Zaragoza',
      ),
      ...cities('Argentina', '54', 'far', 'Buenos Aires, Córdoba'),
      ...cities('Mexico', '52', 'far', 'Mexico City, Guadalajara'),
      ...cities('Colombia', '57', 'far', 'Bogotá, Medellín'),
      ...cities('Uruguay', '598', 'far', 'Montevideo'),
    ],
  },
  {
    id: 'portuguese',
    weight: 5,
    male: words(`João Pedro Tiago Rui Miguel André Diogo Gonçalo Rafael Bruno Ricardo Lucas Gustavo
      Felipe Thiago Rodrigo Vinícius Matheus Leonardo Henrique`),
    female:
      words(`Ana Beatriz Inês Mariana Joana Catarina Carolina Rita Sofia Camila Larissa Juliana
      Fernanda Gabriela Letícia Bruna`),
    last: words(`Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes
      Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia
      Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Barbosa Araújo Nascimento Lima Azevedo
      Cunha`),
    doubleSurname: 0.45,
    abroad: 0.3,
    cities: [
      ...cities('Portugal', '351', 'eu', 'Lisbon, Porto, Braga, Coimbra'),
      ...cities(
        'Brazil',
        '55',
        'far',
        'São Paulo, Rio de Janeiro, Belo Horizonte, Florianópolis, Curitiba',
      ),
    ],
  },
  {
    id: 'italian',
    weight: 5,
    male: words(`Francesco Alessandro Lorenzo Matteo Andrea Marco Luca Davide Giuseppe Simone
      Riccardo Federico Stefano Paolo Tommaso Gabriele Emanuele Nicola Fabio Daniele`),
    female: words(`Giulia Chiara Francesca Sara Martina Alessia Elisa Valentina Silvia Federica
      Giorgia Beatrice Roberta Ilaria Serena Laura`),
    last: words(`Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo
      Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani
      Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Marchetti Ferri Fabbri Villa`),
    doubleSurname: 0,
    abroad: 0.25,
    cities: cities('Italy', '39', 'eu', 'Milan, Rome, Turin, Bologna, Florence, Naples, Padua'),
  },
  {
    id: 'dutch',
    weight: 4,
    male: words(`Daan Sem Lars Thijs Bram Ruben Jesse Stijn Joris Niels Wouter Pieter Jasper Koen
      Maarten Tim Sven Bart Jeroen Arjen`),
    female: words(`Sanne Lotte Femke Eva Anouk Iris Fleur Lieke Esther Marloes Noor Maartje Floor
      Ilse Roos Merel`),
    last: words(`de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer
      de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra
      Smits de_Graaf van_der_Meer Kok Jacobs Vermeulen Peeters Maes Claes Willems`),
    doubleSurname: 0,
    abroad: 0.15,
    cities: [
      ...cities('Netherlands', '31', 'eu', 'Amsterdam, Rotterdam, Utrecht, The Hague, Eindhoven'),
      ...cities('Belgium', '32', 'eu', 'Antwerp, Ghent, Leuven'),
    ],
  },
  {
    id: 'nordic',
    weight: 4,
    male: words(`Erik Lars Anders Johan Magnus Oskar Emil Henrik Mikkel Rasmus Jesper Fredrik Olli
      Juho Antti Mikko Sindre Eirik Karl Viktor`),
    female: words(`Ingrid Astrid Freja Ida Maja Elin Linnea Sigrid Kari Aino Saara Tuva Frida Karin
      Emma Sanna`),
    last: words(`Johansson Andersson Karlsson Nilsson Eriksson Larsson Lindqvist Lindberg Lindström
      Holm Ek Sandberg Olsen Hansen Johansen Haugen Bakke Solberg Dahl Berg Nielsen Jensen Pedersen
      Christensen Sørensen Rasmussen Lund Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen
      Laine Heikkinen Koskinen`),
    doubleSurname: 0,
    abroad: 0.15,
    cities: [
      ...cities('Sweden', '46', 'eu', 'Stockholm, Gothenburg, Malmö'),
      ...cities('Denmark', '45', 'eu', 'Copenhagen, Aarhus'),
      ...cities('Norway', '47', 'eu', 'Oslo, Bergen, Trondheim'),
      ...cities('Finland', '358', 'eu', 'Helsinki, Tampere, Oulu'),
    ],
  },
  {
    id: 'polish',
    weight: 6,
    male: words(`Jakub Kacper Mateusz Michał Piotr Krzysztof Tomasz Paweł Łukasz Marcin Bartosz
      Wojciech Dawid Kamil Szymon Adam Grzegorz Maciej Rafał Artur`),
    female: words(`Agnieszka Katarzyna Magdalena Aleksandra Joanna Natalia Zuzanna Monika Karolina
      Ewa Weronika Dominika Justyna Paulina Marta Anna`),
    last: words(`Nowak Kowalski|Kowalska Wiśniewski|Wiśniewska Wójcik Kowalczyk Kamiński|Kamińska
      Lewandowski|Lewandowska Zieliński|Zielińska Szymański|Szymańska Woźniak
      Dąbrowski|Dąbrowska Kozłowski|Kozłowska Jankowski|Jankowska Mazur Kwiatkowski|Kwiatkowska
      Krawczyk Piotrowski|Piotrowska Grabowski|Grabowska Pawłowski|Pawłowska Michalski|Michalska
      Nowicki|Nowicka Adamczyk Dudek Zając Wieczorek Jabłoński|Jabłońska Król Majewski|Majewska
      Olszewski|Olszewska Jaworski|Jaworska Malinowski|Malinowska Sikora Baran Górski|Górska
      Rutkowski|Rutkowska`),
    doubleSurname: 0,
    abroad: 0.2,
    cities: cities('Poland', '48', 'eu', 'Warsaw, Kraków, Wrocław, Gdańsk, Poznań, Łódź, Katowice'),
  },
  {
    id: 'czech-slovak',
    weight: 3,
    male: words(`Jan Jakub Tomáš Lukáš Martin Ondřej Petr Vojtěch Filip Matěj Michal David Adam Jiří
      Marek Radek Peter Juraj`),
    female: words(`Tereza Eliška Kateřina Lucie Veronika Barbora Petra Markéta Klára Zuzana Michaela
      Lenka Adéla Simona`),
    last: words(`Novák|Nováková Svoboda|Svobodová Novotný|Novotná Dvořák|Dvořáková Černý|Černá
      Procházka|Procházková Kučera|Kučerová Veselý|Veselá Horák|Horáková Němec|Němcová
      Pokorný|Pokorná Marek|Marková Pospíšil|Pospíšilová Hájek|Hájková Jelínek|Jelínková
      Král|Králová Růžička|Růžičková Beneš|Benešová Fiala|Fialová Sedláček|Sedláčková
      Doležal|Doležalová Zeman|Zemanová Kolář|Kolářová Navrátil|Navrátilová Čermák|Čermáková
      Urban|Urbanová Blažek|Blažková Kováč|Kováčová Horváth|Horváthová Varga|Vargová`),
    doubleSurname: 0,
    abroad: 0.2,
    cities: [
      ...cities('Czechia', '420', 'eu', 'Prague, Brno, Ostrava'),
      ...cities('Slovakia', '421', 'eu', 'Bratislava, Košice'),
    ],
  },
  {
    id: 'ukrainian',
    weight: 5,
    male: words(`Oleksandr Andrii Dmytro Serhii Maksym Oleh Yurii Vladyslav Bohdan Taras Ihor Artem
      Mykola Denys Roman Volodymyr Pavlo Vitalii`),
    female: words(`Olena Iryna Kateryna Oksana Yuliia Anastasiia Daria Tetiana Nataliia Sofiia
      Viktoriia Khrystyna Mariia Alina`),
    last: words(`Shevchenko Bondarenko Kovalenko Boiko Tkachenko Kravchenko Oliinyk Shevchuk Koval
      Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Melnyk
      Kovalchuk Klymenko Pavlenko Levchenko Kharchenko Ponomarenko Lytvynenko Yaremchuk Didenko
      Karpenko Sydorenko Vasylenko Fedorenko Kuzmenko Hrytsenko Humeniuk Prokopenko
      Savytskyi|Savytska Kovalskyi|Kovalska`),
    doubleSurname: 0,
    abroad: 0.4,
    cities: cities('Ukraine', '380', 'near', 'Kyiv, Lviv, Kharkiv, Dnipro, Odesa'),
  },
  {
    id: 'romanian',
    weight: 3,
    male: words(`Andrei Alexandru Mihai Ionuț Florin Adrian Cristian Bogdan Răzvan Vlad Ștefan
      Gabriel Sorin Cătălin Radu Tudor Victor Dragoș`),
    female:
      words(`Ioana Andreea Elena Maria Alexandra Cristina Irina Diana Roxana Raluca Bianca Oana
      Simona Adriana`),
    last: words(`Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Constantin
      Munteanu Marin Rusu Lungu Ene Tudor Mihai Florea Dobre Barbu Nistor Dinu Sandu Moldovan
      Preda Lazăr Enache Toma Cristea Neagu`),
    doubleSurname: 0,
    abroad: 0.25,
    cities: cities('Romania', '40', 'eu', 'Bucharest, Cluj-Napoca, Iași, Timișoara, Brașov'),
  },
  {
    id: 'hungarian',
    weight: 2,
    male: words(`Bence Máté Levente Dávid Balázs Gergő Ádám Péter Tamás Zoltán László Gábor Attila
      András Dániel Csaba`),
    female: words(
      `Eszter Anna Réka Zsófia Katalin Dóra Petra Nóra Viktória Boglárka Krisztina Judit`,
    ),
    last: words(`Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács
      Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kocsis Pintér
      Szűcs Vincze Hegedűs Bíró`),
    doubleSurname: 0,
    abroad: 0.2,
    cities: cities('Hungary', '36', 'eu', 'Budapest, Debrecen, Szeged'),
  },
  {
    id: 'balkan',
    weight: 3,
    male: words(`Luka Marko Nikola Stefan Filip Ivan Aleksandar Milan Dušan Nemanja Petar Igor Josip
      Mateo Matej Vuk Emir Amar`),
    female: words(`Ana Milica Jelena Marija Ivana Katarina Sara Tamara Petra Maja Dragana Lejla Nina
      Iva`),
    last: words(`Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović
      Popović Živković Kovačević Horvat Babić Marić Jurić Novak Knežević Vuković Tomić Petković
      Lukić Radić Mitrović Kovač Božić Perić Grgić Pavić Matić Savić Hadžić Begić Kralj`),
    doubleSurname: 0,
    abroad: 0.3,
    cities: [
      ...cities('Serbia', '381', 'near', 'Belgrade, Novi Sad, Niš'),
      ...cities('Croatia', '385', 'eu', 'Zagreb, Split, Rijeka'),
      ...cities('Bosnia and Herzegovina', '387', 'near', 'Sarajevo'),
      ...cities('Slovenia', '386', 'eu', 'Ljubljana'),
    ],
  },
  {
    id: 'greek',
    weight: 2,
    male: words(`Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Christos Vasileios
      Athanasios Michail Evangelos Stavros Alexandros Spyros Kostas Nikos`),
    female: words(`Maria Eleni Aikaterini Sofia Despoina Anastasia Georgia Ioanna Vasiliki Christina
      Dimitra Konstantina`),
    last: words(`Papadopoulos|Papadopoulou Georgiou Nikolaou Papadakis|Papadaki Vlachos|Vlachou
      Oikonomou Pappas|Pappa Dimitriou Konstantinidis|Konstantinidou Karagiannis|Karagianni
      Makris|Makri Ioannou Antoniou Christodoulou Alexiou Papageorgiou Athanasiou Theodorou
      Vasileiou Kyriakidis|Kyriakidou Panagiotopoulos|Panagiotopoulou Stavrou
      Angelopoulos|Angelopoulou Mavridis|Mavridou Galanis|Galani Zervas|Zerva Lambrou
      Tsakiris|Tsakiri`),
    doubleSurname: 0,
    abroad: 0.35,
    cities: [
      ...cities('Greece', '30', 'eu', 'Athens, Thessaloniki, Heraklion, Patras'),
      ...cities('Cyprus', '357', 'eu', 'Nicosia, Limassol'),
    ],
  },
  {
    id: 'turkish',
    weight: 4,
    male: words(`Mehmet Mustafa Ahmet Emre Burak Mert Can Kerem Onur Serkan Oğuz Barış Eren Hakan
      Tolga Cem Volkan Umut`),
    female: words(`Elif Zeynep Ayşe Merve Selin Ece Defne Büşra Gizem Deniz Esra Ceren İrem Pınar`),
    last: words(`Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan
      Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Güneş Aksoy Tekin Yavuz Bulut
      Keskin Ünal Karaca Acar Uçar`),
    doubleSurname: 0,
    abroad: 0.35,
    cities: cities('Türkiye', '90', 'near', 'Istanbul, Ankara, Izmir, Antalya'),
  },
  {
    id: 'indian',
    weight: 9,
    male: words(`Arjun Rahul Rohan Aditya Vikram Karthik Siddharth Aarav Nikhil Pranav Varun Ankit
      Abhishek Sandeep Vivek Harish Suresh Manish Rajesh Akash`),
    female: words(`Priya Ananya Divya Kavya Sneha Pooja Neha Shreya Aishwarya Meera Deepika Lakshmi
      Nandini Riya Swati Anjali`),
    last: words(`Sharma Verma Gupta Patel Singh Kumar Reddy Nair Iyer Menon Rao Joshi Kulkarni
      Deshpande Chatterjee Banerjee Mukherjee Das Bose Mehta Shah Desai Pillai Krishnan
      Subramanian Agarwal Malhotra Kapoor Chopra Bhat Naidu Saxena Mishra Pandey Sinha Ghosh
      Venkatesan Ramachandran`),
    doubleSurname: 0,
    abroad: 0.4,
    cities: cities(
      'India',
      '91',
      'far',
      'Bengaluru, Pune, Hyderabad, Chennai, Mumbai, Delhi, Kochi',
    ),
  },
  {
    id: 'english',
    weight: 8,
    male: words(`James Oliver Jack Harry George Thomas William Daniel Samuel Joseph Matthew Ryan Liam
      Conor Sean Callum Ethan Nathan Ben Michael Patrick Owen`),
    female: words(`Emily Olivia Charlotte Sophie Grace Hannah Amelia Chloe Lucy Megan Aoife Niamh
      Rebecca Rachel Jessica Holly`),
    last: words(`Smith Jones Williams Taylor Brown Davies Evans Wilson Roberts Walker Wright Robinson
      Thompson Hughes Edwards Green Hall Wood Harris Clarke Jackson Turner Hill Murphy Kelly
      O'Brien Byrne Ryan O'Connor Walsh McCarthy Doyle Campbell Stewart Morrison Fletcher Hayes
      Bennett Cooper`),
    doubleSurname: 0,
    abroad: 0.2,
    cities: [
      ...cities(
        'United Kingdom',
        '44',
        'near',
        'London, Manchester, Edinburgh, Bristol, Cambridge, Leeds',
      ),
      ...cities('Ireland', '353', 'eu', 'Dublin, Cork, Galway'),
      ...cities('United States', '1', 'far', 'New York, Austin'),
      ...cities('Canada', '1', 'far', 'Toronto'),
    ],
  },
  {
    id: 'african',
    weight: 3,
    male: words(`Chinedu Emeka Tunde Oluwaseun Ifeanyi Chidi Segun Femi Kwame Kofi Yaw Kwabena Kelvin
      Brian Dennis Musa Victor`),
    female: words(`Chiamaka Ngozi Adaeze Folake Funmilayo Temitope Amaka Abena Akosua Efua Wanjiru
      Achieng Njeri Amina`),
    last: words(`Okafor Okonkwo Adeyemi Adebayo Ogunleye Eze Nwosu Chukwu Balogun Ibrahim Bello
      Afolabi Akinola Okeke Obi Mensah Owusu Boateng Asante Osei Addo Appiah Kamau Mwangi Otieno
      Ochieng Njoroge Kiprop Wekesa Mutua Abubakar`),
    doubleSurname: 0,
    abroad: 0.35,
    cities: [
      ...cities('Nigeria', '234', 'near', 'Lagos, Abuja'),
      ...cities('Ghana', '233', 'near', 'Accra'),
      ...cities('Kenya', '254', 'near', 'Nairobi, Mombasa'),
      ...cities('Rwanda', '250', 'near', 'Kigali'),
    ],
  },
  {
    id: 'chinese',
    weight: 2,
    male: words(`Wei Hao Jun Lei Tao Yu Jie Bo Zhiwei Haoran Yifan Xiaoming Ming Kai Qiang Rui`),
    female: words(`Xin Jing Yan Lina Mei Xiaoyu Yuqi Ying Ting Jiayi Shuang Hui Fang Min`),
    last: words(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao
      Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao`),
    doubleSurname: 0,
    abroad: 0.45,
    cities: [
      ...cities('China', '86', 'far', 'Shanghai, Beijing, Shenzhen, Hangzhou'),
      ...cities('Taiwan', '886', 'far', 'Taipei'),
      ...cities('Singapore', '65', 'far', 'Singapore'),
    ],
  },
  {
    id: 'arabic',
    weight: 3,
    male: words(`Ahmed Omar Youssef Karim Mohamed Khaled Tarek Hassan Ali Samir Rami Nabil Ziad
      Hisham Amir Mahmoud Walid Bilal`),
    female: words(`Sara Nour Layla Yasmin Mariam Rania Dina Hana Salma Lina Farah Amira Nadia Rim`),
    last: words(`Haddad Khoury Nasser Saleh Hassan Mansour Khalil Aziz El-Sayed Abdallah Hamdan Karam
      Sabbagh Najjar Barakat Darwish Said Amin Fahmy Mostafa Ibrahim Ben_Ali Bennani El_Amrani
      Benjelloun Tazi Cherif Bouzid Mahmoud Ghanem Aoun Chahine Sleiman`),
    doubleSurname: 0,
    abroad: 0.4,
    cities: [
      ...cities('Egypt', '20', 'near', 'Cairo, Alexandria'),
      ...cities('Lebanon', '961', 'near', 'Beirut'),
      ...cities('Jordan', '962', 'near', 'Amman'),
      ...cities('Morocco', '212', 'near', 'Casablanca, Rabat'),
      ...cities('Tunisia', '216', 'near', 'Tunis'),
      ...cities('United Arab Emirates', '971', 'far', 'Dubai'),
    ],
  },
  {
    id: 'persian',
    weight: 2,
    male: words(`Ali Reza Mohammad Amir Hossein Mehdi Saeed Hamid Behnam Arash Kian Pouya Babak Navid
      Farhad Siavash`),
    female: words(`Sara Maryam Zahra Fatemeh Neda Shirin Parisa Nazanin Leila Mina Yasaman Ladan
      Golnaz Roya`),
    last: words(`Ahmadi Hosseini Mohammadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Sadeghi
      Ebrahimi Ghorbani Kazemi Najafi Akbari Mousavi Tehrani Shirazi Asadi Bagheri Rostami Farahani
      Heidari Soltani Amini Nouri Zamani Kamali Safavi Yazdani`),
    doubleSurname: 0,
    abroad: 0.6,
    cities: cities('Iran', '98', 'far', 'Tehran, Isfahan, Shiraz, Tabriz'),
  },
]

/** Where people move for tech work; candidates from anywhere may live here. */
export const HUB_CITIES: City[] = [
  ...cities('Germany', '49', 'eu', 'Berlin, Munich, Hamburg'),
  ...cities('Netherlands', '31', 'eu', 'Amsterdam, Rotterdam'),
  ...cities('United Kingdom', '44', 'near', 'London'),
  ...cities('Portugal', '351', 'eu', 'Lisbon'),
  ...cities('Spain', '34', 'eu', 'Barcelona, Madrid'),
  ...cities('Ireland', '353', 'eu', 'Dublin'),
  ...cities('Sweden', '46', 'eu', 'Stockholm'),
  ...cities('Poland', '48', 'eu', 'Warsaw'),
  ...cities('Czechia', '420', 'eu', 'Prague'),
  ...cities('France', '33', 'eu', 'Paris'),
  ...cities('Switzerland', '41', 'eu', 'Zurich'),
  ...cities('Denmark', '45', 'eu', 'Copenhagen'),
  ...cities('Austria', '43', 'eu', 'Vienna'),
  ...cities('Estonia', '372', 'eu', 'Tallinn'),
  ...cities('Finland', '358', 'eu', 'Helsinki'),
]

export const COMPANIES = [
  'Brightwell Payments',
  'Kestrelbyte',
  'Tidepool Analytics',
  'Lumenfreight',
  'Orchardline Health',
  'Quillmark',
  'Vantory',
  'Fernhill Bank',
  'Copperline Systems',
  'Parcelbird',
  'Heliograph Energy',
  'Stackyard',
  'Meridale Mobility',
  'Pebblestream',
  'Arcturo Games',
  'Bluefinch Insurance',
  'Greyhaven Security',
  'Loomwise',
  'Nordlys Grid',
  'Saltmarsh Media',
  'Cobalt Ledger',
  'Wavecrest Telecom',
  'Ironbark Robotics',
  'Railbright',
  'Skyrise Travel',
  'Foxglove Retail',
  'Quaystone Capital',
  'Hollowell Labs',
  'Emberly',
  'Cinderpath',
  'Lanternfish Data',
  'Mosswood Health',
  'Northgate Freight',
  'Sablepoint',
  'Thistle & Finch',
  'Umberfield',
  'Verdant Loop',
  'Windrose Maps',
  'Yarrow Foods',
  'Zephyrine Cloud',
  'Alderbank Analytics',
  'Bramblecloud',
  'Clearfen',
  'Gullwing Logistics',
  'Harrowgate Insurance',
  'Kiln & Co',
  'Marrowfield Energy',
  'Oakhaven Software',
  'Pinecrest Mobility',
  'Silverbirch Fintech',
]

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net']

/** By seniority band: under 3 years, 3–6, 6–10, 10 and more. */
export const ENGINEER_TITLES: string[][] = [
  [
    'Junior Backend Developer',
    'Software Engineer',
    'Backend Developer',
    'Graduate Software Engineer',
  ],
  [
    'Backend Engineer',
    'Software Engineer',
    'Go Developer',
    'Platform Engineer',
    'Site Reliability Engineer',
    'Full-stack Developer',
    'DevOps Engineer',
    'Software Engineer II',
  ],
  [
    'Senior Backend Engineer',
    'Senior Software Engineer',
    'Senior Go Developer',
    'Senior Platform Engineer',
    'Tech Lead',
    'Senior Site Reliability Engineer',
  ],
  [
    'Staff Engineer',
    'Principal Engineer',
    'Lead Backend Engineer',
    'Engineering Lead',
    'Senior Software Engineer',
    'Software Architect',
  ],
]

export const DESIGNER_TITLES: string[][] = [
  ['Junior Product Designer', 'UI/UX Designer', 'Visual Designer'],
  ['Product Designer', 'UX Designer', 'Interaction Designer', 'UI/UX Designer'],
  ['Senior Product Designer', 'Senior UX Designer', 'Lead Designer'],
]

/** Languages a backend candidate may have spent their career in instead of Go. */
export const OTHER_LANGUAGES = [
  'java',
  'python',
  'node.js',
  'typescript',
  'c#',
  'php',
  'ruby',
  'scala',
  'kotlin',
  'c++',
  'rust',
  'elixir',
]

export const OTHER_SKILLS = [
  'mysql',
  'elasticsearch',
  'graphql',
  'linux',
  'react',
  'spring boot',
  'django',
  'cassandra',
  'bash',
  'ansible',
  'nginx',
  'protobuf',
]

export const LANGUAGE_LABELS: Record<string, string> = {
  java: 'Java',
  python: 'Python',
  'node.js': 'Node.js',
  typescript: 'TypeScript',
  'c#': 'C#',
  php: 'PHP',
  ruby: 'Ruby',
  scala: 'Scala',
  kotlin: 'Kotlin',
  'c++': 'C++',
  rust: 'Rust',
  elixir: 'Elixir',
}

/** Past-tense CV lines; they follow "At <company> I …" or "Before that I …". */
export const ENGINEER_ACHIEVEMENTS = [
  'split a payments monolith into event-driven services on Kafka',
  'cut the p99 latency of a search API from 900 ms to under 150 ms',
  'built the gRPC gateway in front of some forty internal services',
  'moved the order database from MySQL to PostgreSQL without downtime',
  'introduced OpenTelemetry tracing across the platform',
  'rewrote a batch billing job as a streaming pipeline that finishes in minutes',
  'led the on-call rotation and rewrote the alerting rules to cut noise by half',
  'designed the public REST API and its versioning policy',
  'built a rate limiter backed by Redis that now protects every public endpoint',
  'owned the migration of forty services from VMs to Kubernetes',
  'wrote the Terraform modules the whole company uses for new services',
  'brought the test suite from flaky to reliable and under five minutes',
  'designed a multi-tenant data model for a B2B analytics product',
  'tracked down a goroutine leak that had been crashing pods every few days',
  'built an outbox-based event relay between PostgreSQL and RabbitMQ',
  'reduced cloud spend by a third by right-sizing clusters and caching hot reads',
  'mentored four junior engineers through their first production launches',
  'set up CI/CD with GitHub Actions and canary releases for the core services',
  'built the ingestion service that handles two billion events a day',
  'designed a job scheduler with leases and retries on top of PostgreSQL',
  'maintained an internal Go library for configuration and feature flags',
  'ran the design reviews for the team and wrote most of its RFC template',
  'replaced a polling integration with webhooks and an idempotent consumer',
  'built real-time pricing on top of a MongoDB change stream',
  'worked on the fraud-scoring service and its feature store',
  'shipped a GraphQL layer over legacy SOAP services',
]

export const DESIGNER_ACHIEVEMENTS = [
  'redesigned the onboarding flow and lifted activation by a fifth',
  'built the first shared component library in Figma and kept it in sync with code',
  'ran fortnightly usability sessions with customers for two years',
  'led the accessibility audit and fixed the worst barriers in the checkout',
  'designed the reporting dashboards used by enterprise customers',
  'turned a tangle of settings pages into one coherent admin area',
  'prototyped a mobile scheduling app that went from idea to launch in a quarter',
  'introduced design critiques and a shared research repository',
]

export const CLOSING_LINES = [
  'Looking for a team that takes code review and sensible on-call seriously.',
  'I enjoy pairing and writing design documents as much as writing code.',
  'Happy to share a take-home or walk through code I have written.',
  'I care about boring, observable systems that are easy to operate.',
  'Interested in a product company where I can own services end to end.',
  'I maintain a small open-source Go library in my spare time.',
  'I have given talks at a local Go meetup about testing and profiling.',
  'Notice period is one month.',
]
