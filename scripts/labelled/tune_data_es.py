"""Spanish-language candidates of the tune set (Spain and Latin America)."""

from tune_common import doc, edu, job, person

P = [
    person(
        "lucia-fernandez", "Lucía Fernández Ortega",
        headline="Ingeniera de software backend", city="Madrid", country="ES",
        email="lucia.fernandez.ortega@gmail.com", phone="+34 612 345 678", link="linkedin.com/in/luciafernandezortega",
        summary="Ingeniera de software con 7 años de experiencia en sistemas de pagos y APIs de alto tráfico. "
                "Trabajo sobre todo con Java, Kotlin y Kafka, y me interesa la observabilidad y el diseño de "
                "sistemas distribuidos.",
        jobs=[
            job("Senior Backend Engineer", "Cabify", "Madrid", (2021, 3), None, [
                "Diseño del nuevo servicio de tarificación dinámica (Kotlin, Kafka, PostgreSQL)",
                "Reducción del tiempo de respuesta p99 de 900 ms a 180 ms",
                "Mentora de tres desarrolladores junior",
            ]),
            job("Desarrolladora backend", "BBVA Next Technologies", "Madrid", (2018, 1), (2021, 2), [
                "APIs de transferencias inmediatas (Java 11, Spring Boot)",
                "Migración de servicios on-premise a AWS",
            ]),
            job("Desarrolladora Java (prácticas y contrato)", "Indra", "Alcobendas", (2016, 7), (2017, 12), [
                "Mantenimiento de aplicaciones para la Administración Pública",
            ]),
        ],
        edu=[edu("Grado en Ingeniería Informática", "Universidad Politécnica de Madrid", "Madrid", 2012, 2016),
             edu("Máster en Ingeniería del Software", "Universidad Complutense de Madrid", "Madrid", 2016, 2017)],
        skills=[("Lenguajes", ["Java", "Kotlin", "Python", "SQL"]),
                ("Herramientas", ["Kafka", "PostgreSQL", "Docker", "Kubernetes", "AWS", "Grafana"])],
        langs=[("Español", "nativo"), ("Inglés", "C1"), ("Francés", "B1")],
        prefs=dict(
            roles=["Staff Engineer", "Tech Lead backend"], salary="65.000–75.000 € brutos anuales",
            mode="Remoto o híbrido (máximo 1 día en oficina)", mode_key="remote",
            locations=["Madrid", "Remoto desde España"], relocation="No", relocate=False,
            notice="15 días", start="En un mes", company_size="Entre 100 y 1.000 empleados",
            industries=["Movilidad", "Fintech", "Energía"], contract="Indefinido",
            visa="Ciudadana de la UE"),
    ),
    person(
        "javier-morales", "Javier Morales Pastor",
        city="Valencia", email="jmorales.pastor@hotmail.com", phone="654 321 987",
        address="C/ de Colón 42, 3.º, 46004 Valencia", born="12/04/1986", nationality="Española",
        jobs=[
            job("Jefe de obra", "Acciona Construcción", "Valencia", (2018, 9), None, [
                "Dirección de la ejecución de 124 viviendas en Quatre Carreres (PEM 14 M€)",
                "Coordinación de subcontratas, planificación y control de costes",
                "Interlocución con dirección facultativa y propiedad",
            ]),
            job("Encargado de obra / ayudante de jefe de obra", "Grupo Bertolín", "Valencia", (2013, 2), (2018, 8), [
                "Obras de rehabilitación y edificación terciaria",
                "Mediciones, certificaciones y control de calidad",
            ]),
            job("Técnico de prevención", "Sociedad de Prevención Ibermutua", "Castellón", (2011, 5), (2013, 1), [
                "Planes de seguridad y salud, visitas a obra",
            ]),
        ],
        edu=[edu("Grado en Arquitectura Técnica", "Universitat Politècnica de València", "Valencia", 2006, 2010),
             edu("Máster en Prevención de Riesgos Laborales", "Universidad CEU Cardenal Herrera", "Valencia", 2010, 2011)],
        skills=["Presto", "AutoCAD", "MS Project", "BIM (Revit, nivel medio)", "Control de costes", "Prevención de riesgos"],
        certs=["Carné de conducir B", "Recurso preventivo (60 h)"],
        langs=[("Castellano", "nativo"), ("Valenciano", "nativo"), ("Inglés", "B1")],
    ),
    person(
        "carmen-ruiz", "Carmen Ruiz Delgado",
        headline="Analista financiera", city="Sevilla", email="carmenruizdelgado@yahoo.es",
        phone="+34 699 87 65 43",
        summary="Economista con nueve años de experiencia en contabilidad, control de gestión y reporting "
                "financiero en empresas industriales y de distribución.",
        jobs=[
            job("Controller financiera", "Heineken España", "Sevilla", (2019, 4), None, [
                "Elaboración del presupuesto anual y forecast trimestral de la fábrica de Sevilla",
                "Análisis de desviaciones y cuadros de mando para la dirección de planta",
                "Implantación de SAP S/4HANA en el área de costes",
            ]),
            job("Contable senior", "Abengoa", "Sevilla", (2015, 10), (2019, 3), [
                "Cierres mensuales y consolidación de filiales en Latinoamérica",
                "Relación con auditores externos",
            ]),
            job("Auditora junior", "Deloitte", "Sevilla", (2014, 9), (2015, 9), [
                "Auditoría de cuentas anuales de empresas medianas",
            ]),
        ],
        edu=[edu("Licenciatura en Administración y Dirección de Empresas", "Universidad de Sevilla", "Sevilla", 2009, 2014)],
        skills=["SAP FI/CO", "Excel avanzado", "Power BI", "NIIF", "Plan General Contable"],
        langs=[("Español", "nativo"), ("Inglés", "B2, First Certificate")],
    ),
    person(
        "alejandro-torres", "Alejandro Torres", city="Barcelona", country="ES",
        email="alejandro.torres.data@gmail.com", phone="+34 633 11 22 33", link="github.com/atorres-data",
        about_long=[
            "Soy analista de datos y llegué a este mundo desde la economía. Durante la carrera descubrí que "
            "lo que más me gustaba no era la teoría sino limpiar datos, cruzar fuentes y encontrar la "
            "pregunta correcta. Desde entonces he trabajado en retail, en movilidad y en una startup de "
            "delivery, y en todos los sitios he acabado haciendo lo mismo: convertir datos desordenados en "
            "decisiones que alguien pueda tomar el lunes por la mañana.",
            "Me siento cómodo con SQL, Python y herramientas de BI, pero creo que mi punto fuerte es "
            "explicar. He preparado análisis para comités de dirección, he formado a equipos de negocio "
            "para que se hagan sus propias consultas y he escrito mucha documentación. Me gusta trabajar "
            "cerca de producto y de operaciones, no en un sótano haciendo informes que nadie lee.",
            "Ahora mismo estoy aprendiendo más sobre experimentación y modelos de atribución, y me gustaría "
            "seguir creciendo hacia un rol de analytics engineer o de analista sénior con más peso en la "
            "estrategia.",
        ],
        jobs=[
            job("Data Analyst", "Glovo", "Barcelona", (2021, 6), None, [
                "Modelos de datos en dbt y BigQuery para el equipo de operaciones",
                "Dashboards de tiempos de entrega por ciudad usados por 40 city managers",
            ], desc="Análisis de operaciones y tiempos de entrega; modelos en dbt y BigQuery."),
            job("Analista de negocio", "SEAT", "Martorell", (2018, 9), (2021, 5), [
                "Análisis de ventas y stock de concesionarios",
                "Automatización de informes con Python y Tableau",
            ], desc="Ventas y stock de la red de concesionarios; automatización de informes."),
            job("Becario de análisis", "Mango", "L'Hospitalet de Llobregat", (2017, 9), (2018, 6), [
                "Soporte al equipo de pricing",
            ], desc="Soporte al equipo de pricing (prácticas)."),
        ],
        edu=[edu("Grado en Economía", "Universitat Pompeu Fabra", "Barcelona", 2013, 2017),
             edu("Máster en Data Science", "KSchool", "Madrid (online)", 2019, 2020)],
        skills=["SQL", "Python", "dbt", "BigQuery", "Tableau", "Looker", "Estadística"],
        langs=[("Castellano", "nativo"), ("Catalán", "nativo"), ("Inglés", "C1")],
    ),
    person(
        "maria-jose-lopez", "María José López",
        headline="Técnica de Recursos Humanos", city="Zaragoza", email="mariajose.lopez.rrhh@gmail.com",
        phone="676 54 32 10", link="linkedin.com/in/mjlopezrrhh",
        summary="Más de diez años en selección, formación y relaciones laborales en el sector industrial.",
        jobs=[
            job("Técnica de RR. HH.", "BSH Electrodomésticos", "Zaragoza", (2017, 1), None, [
                "Selección de perfiles técnicos y de operarios (unas 150 incorporaciones al año)",
                "Gestión del plan de formación y de las bonificaciones de FUNDAE",
                "Apoyo en la negociación del convenio de empresa",
            ]),
            job("Consultora de selección", "Adecco", "Zaragoza", (2012, 3), (2016, 12), [
                "Procesos de selección para clientes del sector logístico y de automoción",
            ]),
        ],
        edu=[edu("Grado en Relaciones Laborales y Recursos Humanos", "Universidad de Zaragoza", "Zaragoza", 2007, 2011),
             edu("Máster en Dirección de Personas", "ESIC", "Zaragoza", 2014, 2015)],
        skills=["Selección por competencias", "SAP SuccessFactors", "a3innuva Nómina", "Legislación laboral"],
        langs=[("Español", "nativo"), ("Inglés", "B2"), ("Alemán", "A2")],
    ),
    person(
        "pablo-sanchez", "Pablo Sánchez Gil",
        headline="Desarrollador frontend", city="Málaga", email="hola@pablosanchez.dev",
        phone="+34 622 10 20 30", link="pablosanchez.dev",
        summary="Frontend con 5 años de experiencia en React y Vue. Me obsesionan la accesibilidad y los formularios bien hechos.",
        jobs=[
            job("Frontend Developer", "Idealista", "Madrid (remoto desde Málaga)", (2022, 2), None, [
                "Rediseño del buscador de viviendas en React y TypeScript",
                "Mejora del LCP móvil de 4,1 s a 2,3 s",
            ]),
            job("Desarrollador web", "Freepik", "Málaga", (2019, 5), (2022, 1), [
                "Componentes Vue para el editor online",
                "Tests end-to-end con Cypress",
            ]),
            job("Desarrollador junior", "Agencia Tres Tristes Tigres", "Málaga", (2018, 3), (2019, 4), [
                "Webs corporativas en WordPress",
            ]),
        ],
        edu=[edu("CFGS Desarrollo de Aplicaciones Web", "IES Belén", "Málaga", 2016, 2018)],
        skills=["React", "TypeScript", "Vue", "CSS", "Accesibilidad web", "Cypress", "Figma"],
        langs=[("Español", "nativo"), ("Inglés", "B2")],
        prefs=dict(
            roles=["Frontend Senior", "Desarrollador frontend con foco en accesibilidad"],
            salary="45.000 € brutos/año como mínimo", salary_min=45000, salary_max=52000, currency="EUR",
            mode="100 % remoto", mode_key="remote", locations=["Remoto (España)"],
            relocation="No me planteo mudarme", relocate=False, notice="15 días", start="Inmediata",
            company_size="Startups o producto propio", industries=["Proptech", "Educación", "Salud"],
            contract="Indefinido, jornada completa", visa="Nacionalidad española"),
    ),
    person(
        "sofia-ramirez", "Sofía Ramírez Aguilar",
        headline="Especialista en Marketing Digital", city="Ciudad de México", country="MX",
        email="sofia.ramirez.mkt@gmail.com", phone="+52 55 1234 5678", link="linkedin.com/in/sofiaramirezmkt",
        summary="Especialista en marketing digital con 6 años de experiencia en e-commerce y campañas de performance para marcas de consumo.",
        jobs=[
            job("Gerente de Marketing Digital", "Grupo Bimbo", "Ciudad de México", (2021, 8), None,
                ["Estrategia de performance para 4 marcas con presupuesto anual de 35 MDP",
                 "Lanzamiento de la tienda en línea directa al consumidor"],
                desc="Responsable de medios digitales y e-commerce para marcas de pan dulce."),
            job("Coordinadora de Performance", "Mercado Libre", "Ciudad de México", (2019, 1), (2021, 7),
                ["Campañas de Google Ads y Meta para vendedores oficiales", "Reducción del CPA en 27 %"],
                desc="Campañas de adquisición para tiendas oficiales."),
            job("Ejecutiva de cuenta", "Publicis México", "Ciudad de México", (2017, 6), (2018, 12),
                ["Atención a clientes de consumo masivo"]),
        ],
        edu=[edu("Licenciatura en Mercadotecnia", "ITAM", "Ciudad de México", 2013, 2017)],
        skills=[("Medios", ["Google Ads", "Meta Ads", "TikTok Ads", "SEO"]),
                ("Analítica", ["GA4", "Looker Studio", "Excel"]),
                ("E-commerce", ["Shopify", "VTEX"])],
        certs=["Google Ads Search Certification", "Meta Certified Media Buying Professional"],
        langs=[("Español", "nativo"), ("Inglés", "avanzado (TOEFL 104)")],
    ),
    person(
        "diego-herrera", "Diego Herrera Etxeberria",
        city="Bilbao", email="diego.herrera.ing@gmail.com", phone="688 12 34 56",
        summary="Ingeniero industrial especializado en mejora continua y lean manufacturing.",
        jobs=[
            job("Responsable de Mejora Continua", "Gestamp", "Abadiño", (2019, 2), None,
                ["Despliegue de lean en tres líneas de estampación", "OEE de 61 % a 74 %"],
                desc="Despliegue de lean manufacturing en tres líneas de estampación en caliente; OEE del 61 % al 74 %."),
            job("Ingeniero de procesos", "Mercedes-Benz Vitoria", "Vitoria-Gasteiz", (2015, 9), (2019, 1),
                ["Industrialización de la Clase V", "Estudios de tiempos y balanceo de líneas"],
                desc="Industrialización de nuevos modelos en la planta de montaje; balanceo de líneas."),
            job("Ingeniero en prácticas", "Iberdrola", "Bilbao", (2014, 9), (2015, 7),
                ["Mantenimiento predictivo en subestaciones"],
                desc="Proyecto fin de máster sobre mantenimiento predictivo."),
        ],
        edu=[edu("Máster en Ingeniería Industrial", "Universidad de Deusto", "Bilbao", 2013, 2015),
             edu("Grado en Ingeniería en Tecnologías Industriales", "Universidad de Deusto", "Bilbao", 2009, 2013)],
        skills=["Lean", "Six Sigma Green Belt", "SMED", "Minitab", "SAP PP", "AutoCAD"],
        langs=[("Castellano", "nativo"), ("Euskera", "B2"), ("Inglés", "C1"), ("Alemán", "B1")],
        prefs=dict(
            roles=["Jefe de planta", "Responsable de operaciones", "Lean manager"],
            salary="Entre 60 y 70 k€ brutos", mode="Presencial, es una planta", mode_key="onsite",
            locations=["Bizkaia", "Álava", "Gipuzkoa"], relocation="Solo dentro del País Vasco",
            notice="1 mes", start="A partir de septiembre", company_size="Multinacional o gran grupo industrial",
            industries=["Automoción", "Aeronáutica", "Energía"], contract="Indefinido",
            qa_roles="Busco dar el salto a dirigir una planta o un área de operaciones completa, no solo mejora continua.",
            qa_relocation="Prefiero quedarme en Euskadi; Navarra o Cantabria también me encajarían si el proyecto lo merece."),
    ),
    person(
        "elena-castro", "Elena Castro", city="Madrid",
        prefs=dict(
            roles=["Senior UX Designer", "Product Designer", "UX Lead"], salary="50-55k brutos anuales",
            mode="Híbrido (2-3 días en oficina)", mode_key="hybrid", locations=["Madrid"],
            relocation="Abierta a Lisboa o Barcelona", notice="1 mes", start="Enero",
            company_size="Empresa de producto con equipo de diseño", industries=["Salud digital", "Banca", "Sostenibilidad"],
            contract="Indefinido", avoid="Apuestas online", visa="Nacionalidad española"),
    ),
    person(
        "andres-gomez", "Andrés Gómez",
        headline="Coordinador de Logística", city="Buenos Aires, Argentina", country="AR",
        email="andres.gomez.log@gmail.com", phone="+54 9 11 4567-8901",
        summary="Coordinador de logística con 8 años en distribución y comercio exterior.",
        jobs=[
            job("Coordinador de Logística", "Mercado Libre", "Buenos Aires", (2020, 3), None,
                ["Coordinación de última milla en CABA y GBA (12.000 envíos/día)", "Implementación de ruteo dinámico"],
                desc="Coordinación de operaciones de última milla en CABA y GBA."),
            job("Analista de Comercio Exterior", "Arcor", "Buenos Aires", (2016, 6), (2020, 2),
                ["Importaciones de insumos y exportaciones a Chile y Brasil", "Gestión con despachantes de aduana"],
                desc="Importación de insumos y exportaciones a Chile y Brasil."),
            job("Asistente de depósito", "OCA", "Avellaneda", (2014, 1), (2016, 5),
                ["Control de inventario y preparación de pedidos"],
                desc="Control de stock y preparación de pedidos."),
        ],
        edu=[edu("Licenciatura en Comercio Internacional", "Universidad de Buenos Aires", "Buenos Aires", 2010, 2015)],
        skills=["SAP WM", "Excel avanzado", "Comercio exterior", "Incoterms", "Power BI", "Gestión de equipos"],
        langs=[("Español", "nativo"), ("Inglés", "intermedio"), ("Portugués", "intermedio")],
        prefs=dict(
            roles=["Jefe de Logística", "Supply Chain Manager"], salary="USD 3.000 netos mensuales",
            mode="Híbrido", mode_key="hybrid", locations=["Buenos Aires", "Madrid"],
            relocation="Sí, a España (tengo pasaporte italiano)", relocate=True, notice="30 días",
            start="Marzo", contract="Relación de dependencia / indefinido"),
    ),
    person(
        "marta-vidal", "Marta Vidal i Serra",
        headline="Enfermera de cuidados intensivos", city="Barcelona",
        email="marta.vidal.serra@gmail.com", phone="+34 677 889 900",
        summary="Enfermera con 8 años de experiencia, 5 de ellos en UCI.",
        jobs=[
            job("Enfermera UCI", "Hospital Clínic de Barcelona", "Barcelona", (2019, 6), None, [
                "Cuidados a pacientes críticos, ventilación mecánica y ECMO",
                "Referente de seguridad del paciente de la unidad",
            ], desc="UCI médica de 24 camas; ventilación mecánica y ECMO."),
            job("Enfermera de urgencias", "Hospital Universitari de Bellvitge", "L'Hospitalet de Llobregat",
                (2016, 7), (2019, 5), [
                    "Triaje y atención en box de críticos",
                ], desc="Urgencias generales, triaje y box de críticos."),
            job("Enfermera (suplencias de verano)", "Institut Català de la Salut", "Girona",
                (2015, 6), (2016, 6), ["Atención primaria y planta de medicina interna"],
                desc="Suplencias en atención primaria y medicina interna."),
        ],
        edu=[edu("Grado en Enfermería", "Universitat de Barcelona", "Barcelona", 2011, 2015),
             edu("Máster en Enfermería de Cuidados Críticos", "Universitat Autònoma de Barcelona", "Barcelona", 2017, 2018)],
        skills=["Ventilación mecánica", "ECMO", "Soporte vital avanzado", "SAP Salud", "Docencia a residentes"],
        langs=[("Catalán", "nativo"), ("Castellano", "nativo"), ("Inglés", "B2")],
    ),
    person(
        "raul-navarro", "Raúl Navarro", city="Valencia",
        jobs=[
            job("Key Account Manager", "Mercadona (proveedor: Dulcesol)", "Gandia", (2019, 1), None, prose=(
                "Desde 2019 trabajo en Dulcesol como Key Account Manager para la cuenta de Mercadona. Soy el "
                "interlocutor diario con los compradores, preparo las propuestas de surtido y las "
                "promociones, y coordino con producción y logística para que no falte producto en los más "
                "de 1.600 supermercados. En 2023 cerramos el año con un crecimiento del 11 % en volumen.")),
            job("Delegado comercial", "Coca-Cola Europacific Partners", "Valencia", (2014, 4), (2018, 12), prose=(
                "Antes estuve casi cinco años en Coca-Cola Europacific Partners como delegado comercial en "
                "la zona de Valencia sur. Llevaba una cartera de unos 300 clientes de hostelería y "
                "alimentación, negociaba acuerdos de exclusividad y formaba a los nuevos comerciales de la "
                "zona.")),
            job("Comercial", "Vodafone (distribuidor)", "Valencia", (2011, 9), (2014, 3), prose=(
                "Empecé en ventas en un distribuidor de Vodafone, vendiendo líneas y centralitas a "
                "pequeñas empresas puerta a puerta. Fue una escuela dura pero aprendí a escuchar al "
                "cliente y a no rendirme con el primer no.")),
        ],
    ),
    person(
        "ines-molina", "Inés Molina", city="Madrid",
        jobs=[
            job("Asociada sénior", "Garrigues", "Madrid", (2019, 9), None, [
                "Asesoramiento en operaciones de M&A y capital riesgo",
                "Due diligence legal de compañías tecnológicas",
            ]),
            job("Abogada asociada", "Cuatrecasas", "Madrid", (2016, 9), (2019, 8), [
                "Derecho mercantil y societario",
                "Redacción de pactos de socios y contratos de inversión",
            ]),
            job("Abogada en prácticas", "Uría Menéndez", "Madrid", (2015, 1), (2015, 6), [
                "Departamento de Procesal",
            ]),
        ],
    ),
    person(
        "jorge-pena", "Jorge Peña", city="San Sebastián",
        jobs=[
            job("Jefe de partida", "Restaurante Arzak", "San Sebastián", (2020, 4), None,
                desc="Responsable de la partida de pescados; formación de stagiaires."),
            job("Cocinero", "Mugaritz", "Errenteria", (2017, 3), (2020, 3),
                desc="Rotación por todas las partidas y apoyo en el taller de I+D."),
            job("Ayudante de cocina", "Hotel María Cristina", "San Sebastián", (2015, 6), (2017, 2),
                desc="Banquetes y cocina de producción."),
        ],
    ),
    person(
        "laura-gil", "Laura Gil", city="Murcia",
        jobs=[
            job("Administrativa contable", "Hero España", "Alcantarilla", (2018, 2), None,
                ["Contabilidad de proveedores y conciliaciones bancarias", "Gestión de cobros"]),
            job("Auxiliar administrativa", "Asesoría Martínez & Asociados", "Murcia", (2013, 9), (2018, 1),
                ["Facturación, modelos trimestrales de IVA e IRPF", "Atención a clientes"]),
            job("Recepcionista", "Hotel Nelva", "Murcia", (2011, 4), (2013, 8),
                ["Check-in, reservas y facturación"]),
        ],
        prefs=dict(
            roles=["Administrativa contable", "Técnica de contabilidad"], salary="22.000-24.000 € brutos",
            mode="Presencial o híbrido", locations=["Murcia", "Molina de Segura", "Cartagena"],
            relocation="No", notice="15 días", start="Inmediata tras el preaviso",
            hours="Jornada completa, preferiblemente continua (mañanas)", contract="Indefinido",
            company_size="Indiferente"),
    ),
    person(
        "camila-rojas", "Camila Rojas", city="Santiago de Chile",
        prefs=dict(
            roles=["Data Scientist Senior", "Machine Learning Engineer"], salary="CLP 4.500.000 líquidos",
            salary_min=4500000, currency="CLP", period="month", mode="Remoto", mode_key="remote",
            locations=["Santiago", "Remoto LATAM"], relocation="Sí, a Madrid o Barcelona", relocate=True,
            notice="1 mes", start="Abril", industries=["Retail", "Salud", "Minería"],
            contract="Indefinido o contractor"),
    ),
    person(
        "sergio-blanco", "Sergio Blanco", city="Gijón",
        jobs=[
            job("Técnico de mantenimiento electromecánico", "ArcelorMittal", "Gijón", (2017, 5), None,
                ["Mantenimiento preventivo y correctivo en tren de laminación", "Autómatas Siemens S7"]),
            job("Oficial de mantenimiento", "Duro Felguera", "Gijón", (2012, 10), (2017, 4),
                ["Montaje y mantenimiento de equipos de manutención"]),
            job("Electricista", "Instalaciones Eléctricas Asturias", "Oviedo", (2009, 6), (2012, 9),
                ["Instalaciones de baja tensión en naves industriales"]),
        ],
        prefs=dict(
            roles=["Técnico de mantenimiento", "Jefe de equipo de mantenimiento"], salary="32.000 € brutos anuales",
            mode="Presencial", locations=["Asturias"], relocation="No", notice="15 días",
            start="Cuando termine el preaviso", hours="Turnos rotativos sí; noches fijas no",
            contract="Indefinido", travel="Desplazamientos puntuales"),
    ),
    person(
        "nuria-prats", "Núria Prats", city="Barcelona",
        prefs=dict(
            roles=["Responsable de comunicación", "Content lead", "Directora de comunicación"],
            salary="48.000 € + variable", mode="Híbrido", mode_key="hybrid", locations=["Barcelona"],
            relocation="No", notice="1 mes", start="Después del verano",
            company_size="Fundaciones, ONG o empresas con propósito",
            industries=["Cultura", "Investigación biomédica", "Sostenibilidad"], contract="Indefinido",
            note="Podría trabajar a 4 días por semana con reducción proporcional de salario."),
    ),
    person(
        "ruben-ortega", "Rubén Ortega Calvo",
        headline="Administrador de sistemas Linux", city="Valladolid",
        email="ruben.ortega.calvo@gmail.com", phone="+34 644 55 66 77",
        summary="Sysadmin con 10 años de experiencia en entornos Linux, virtualización y redes.",
        jobs=[
            job("Administrador de sistemas", "Telefónica Tech", "Valladolid", (2019, 10), None,
                ["Administración de más de 600 servidores RHEL", "Automatización con Ansible"],
                desc="Operación de infraestructura Linux para clientes del sector público."),
            job("Técnico de sistemas", "NTT Data – Junta de Castilla y León", "Valladolid",
                (2015, 3), (2019, 9), ["Virtualización VMware", "Copias de seguridad con Veeam"],
                desc="Virtualización, copias de seguridad y soporte de segundo nivel."),
            job("Técnico de soporte", "Informática Pisuerga", "Valladolid", (2013, 6), (2015, 2),
                ["Soporte a pymes"], desc="Soporte y redes para pymes."),
        ],
        edu=[edu("CFGS Administración de Sistemas Informáticos en Red", "IES Galileo", "Valladolid", 2011, 2013)],
        skills=["RHEL", "Ansible", "VMware", "Veeam", "Bash", "Zabbix", "Cisco"],
        certs=["RHCSA", "VMware VCP-DCV"],
        langs=[("Español", "nativo"), ("Inglés", "B1")],
    ),
]

PEOPLE = {p["slug"]: p for p in P}

DOCS = [
    # ---------------------------------------------------------------- resume
    doc("lucia-fernandez/CV_Lucia_Fernandez.pdf", "resume", "pdf", src="resume_classic", v=1),
    doc("alejandro-torres/Alejandro Torres - CV.pdf", "resume", "pdf", "long-about-resume",
        src="resume_long_about", v=3),
    doc("javier-morales/Curriculum Javier Morales.docx", "resume", "docx", src="resume_tabular", v=0),
    doc("ruben-ortega/cv-ruben-ortega.docx", "resume", "docx", src="resume_classic", v=2),
    doc("maria-jose-lopez/CV_MariaJose_Lopez.doc", "resume", "rtf", "lying-extension", src="resume_classic", v=0),
    doc("carmen-ruiz/curriculum.odt", "resume", "odt", src="resume_classic", v=3),
    doc("pablo-sanchez/CV.md", "resume", "md", src="resume_compact", v=0),
    doc("sofia-ramirez/cv.html", "resume", "html", src="resume_skills_first", v=1),
    doc("diego-herrera/diego_herrera_cv.txt", "resume", "txt", "resume-no-headings", src="resume_noheadings", v=0),
    doc("andres-gomez/CV Andres Gomez.txt", "resume", "txt-utf16", src="resume_compact", v=2),
    doc("marta-vidal/cv_marta_vidal.txt", "resume", "txt-oneline", "oneline", src="resume_classic", v=1),

    # ---------------------------------------------------------------- about
    doc("carmen-ruiz/sobre_mi.txt", "about", "txt", src=[
        ("para", "Me llamo Carmen y soy economista. Llevo casi diez años trabajando con números, pero lo que "
                 "de verdad me gusta es lo que hay detrás de ellos: entender por qué una línea de producción "
                 "cuesta más de lo previsto o por qué un mes las ventas no cuadran con el stock."),
        ("para", "Soy ordenada, constante y bastante curiosa. Me siento cómoda tanto delante de un cierre "
                 "contable como explicando un cuadro de mando a un jefe de planta que no tiene tiempo para "
                 "diapositivas. Trabajo bien en equipo y no me asusta preguntar."),
        ("para", "Fuera del trabajo corro medias maratones y colaboro con un banco de alimentos en Triana."),
    ]),
    doc("maria-jose-lopez/Presentacion.docx", "about", "docx", "cover-letter-like", src=[
        ("line", "Estimado equipo de selección:"),
        ("para", "Me dirijo a ustedes para presentarme. Soy María José López, técnica de Recursos Humanos "
                 "en Zaragoza, y desde hace más de diez años me dedico a encontrar a las personas adecuadas "
                 "para cada puesto y a acompañarlas una vez dentro de la empresa."),
        ("para", "Me considero una persona cercana pero exigente. Creo que un buen proceso de selección "
                 "respeta el tiempo del candidato tanto como el del responsable que contrata, y que la "
                 "formación es la mejor herramienta para retener el talento. Disfruto especialmente "
                 "trabajando con perfiles técnicos y con mandos intermedios."),
        ("para", "Quedo a su disposición para ampliar cualquier información en una entrevista."),
        ("line", "Atentamente,"),
        ("line", "María José López"),
    ]),
    doc("elena-castro/bio_elena_castro.pdf", "about", "pdf", "third-person-about", src=[
        ("title", "Elena Castro"),
        ("para", "Elena Castro es diseñadora de experiencia de usuario con más de ocho años de trayectoria "
                 "en banca digital y salud. Ha liderado la investigación con usuarios de aplicaciones que "
                 "utilizan millones de personas y defiende que el buen diseño empieza por escuchar."),
        ("para", "Es profesora invitada en el Máster de Diseño de Interacción de la Universidad Europea y "
                 "participa con frecuencia como ponente en Interaction Latam y en el UX Spain. Vive en "
                 "Madrid con su pareja y dos gatos."),
    ]),
    doc("sofia-ramirez/perfil.json", "about", "json", src={
        "nombre": "Sofía Ramírez Aguilar",
        "ciudad": "Ciudad de México",
        "bio": "Soy mercadóloga y me encanta entender por qué la gente compra lo que compra. Empecé en "
               "agencia, pasé por el mundo del e-commerce y hoy llevo el marketing digital de varias marcas "
               "de consumo. Me gusta mezclar creatividad con datos: una buena idea vale poco si no sabes "
               "medirla. Soy muy organizada, disfruto formando equipos jóvenes y los fines de semana me "
               "escapo a cualquier pueblo con mercado.",
    }),
    doc("ines-molina/sobre-mi.md", "about", "md", src=[
        ("title", "Sobre mí"),
        ("para", "Soy abogada especializada en derecho mercantil y operaciones corporativas. Me gusta "
                 "entender el negocio de mis clientes antes de redactar una sola cláusula: un contrato "
                 "bien hecho tiene que servir para algo más que para ganar un juicio."),
        ("para", "Trabajo mucho con startups tecnológicas y fondos de inversión, y he aprendido a explicar "
                 "asuntos complejos en lenguaje claro. Soy rigurosa, rápida y, según mis compañeros, "
                 "difícil de alterar en una negociación."),
    ]),
    doc("jorge-pena/bio.txt", "about", "txt", "short", src=[
        ("line", "Cocinero donostiarra. Producto, fuego y mucho respeto por el pescado."),
        ("line", "Diez años en cocinas con estrella."),
    ]),
    doc("nuria-prats/Sobre mi.rtf", "about", "rtf", src=[
        ("title", "Núria Prats"),
        ("para", "Soy periodista de formación y comunicadora de vocación. Empecé escribiendo en la sección "
                 "de cultura de un diario local y acabé dirigiendo la comunicación de una fundación de "
                 "investigación biomédica, donde aprendí a contar ciencia sin traicionarla."),
        ("para", "Me interesan las historias que ayudan a que la gente entienda algo complicado. Sé "
                 "coordinar equipos pequeños, trabajar con presupuestos ajustados y hablar con la prensa "
                 "cuando las cosas van mal. Escribo en castellano, catalán e inglés."),
    ]),
    doc("camila-rojas/presentacion.txt", "about", "txt-latin1", "about-with-dates", src=[
        ("para", "Soy Camila, científica de datos chilena. Estudié ingeniería civil industrial en la "
                 "Universidad de Chile y en 2016 empecé a trabajar en analítica en el retail, primero "
                 "haciendo reportes y luego modelos de demanda."),
        ("para", "Desde 2020 me dedico de lleno al machine learning: he construido modelos de pronóstico, "
                 "de recomendación y de detección de fraude, y me he vuelto bastante obsesiva con llevarlos "
                 "a producción y monitorearlos bien. Me gusta enseñar; doy clases en un bootcamp los sábados."),
        ("para", "Me interesa mudarme a España en los próximos años, donde vive parte de mi familia."),
    ]),
    doc("lucia-fernandez/bio-charla.html", "about", "html", "third-person-about", src=[
        ("title", "Ponente: Lucía Fernández Ortega"),
        ("para", "Lucía es ingeniera de software en Madrid y lleva siete años construyendo sistemas de pagos "
                 "y tarificación. Le interesa sobre todo qué pasa cuando los sistemas distribuidos fallan y "
                 "cómo diseñarlos para que fallen con elegancia."),
        ("para", "Es coorganizadora de Madrid Java User Group y mentora en el programa Inspiring Girls. En su "
                 "tiempo libre escala y está aprendiendo a tocar el ukelele, con resultados discutibles."),
    ]),
    doc("raul-navarro/sobre-mi.odt", "about", "odt", src=[
        ("title", "Raúl Navarro"),
        ("para", "Soy comercial de los de toda la vida: me gusta la calle, conocer a los clientes por su "
                 "nombre y cerrar acuerdos que funcionen para las dos partes. He vendido telefonía, bebidas "
                 "y ahora alimentación a gran distribución."),
        ("para", "Me considero negociador, constante y con mucha capacidad de trabajo. Me adapto rápido, "
                 "me gusta medir todo lo que hago y disfruto enseñando a los que empiezan."),
    ]),
    doc("pablo-sanchez/resumen.yaml", "about", "yaml", src={
        "nombre": "Pablo Sánchez Gil",
        "resumen": "Soy desarrollador frontend en Málaga. Me enganché a la web haciendo páginas para el grupo "
                   "de música de mi instituto y nunca lo he dejado.\n"
                   "Me importa que las interfaces funcionen para todo el mundo, también para quien navega "
                   "con lector de pantalla o con una conexión mala. Disfruto revisando código, escribiendo "
                   "tests y explicando a diseño por qué algo no es tan fácil como parece (y a veces por qué "
                   "sí lo es).\n",
    }),

    # ---------------------------------------------------------------- role_preferences
    doc("lucia-fernandez/preferencias.json", "role_preferences", "json", src="prefs_data", v=2),
    doc("javier-morales/Que busco.pdf", "role_preferences", "pdf", "prefs-mention-jobs", src=[
        ("title", "Qué busco en mi próximo puesto"),
        ("para", "Después de seis años como jefe de obra en Acciona, y antes cinco en Grupo Bertolín, quiero "
                 "dar el paso a un puesto de jefe de grupo o director de producción, con varias obras a mi "
                 "cargo y más peso en la planificación y en los estudios de costes."),
        ("para", "No quiero volver a la prevención de riesgos como puesto principal, aunque me sigue "
                 "pareciendo fundamental en cualquier obra."),
        ("bullets", [
            "Salario: a partir de 55.000 € brutos anuales más vehículo de empresa",
            "Zona: Comunidad Valenciana; podría valorar Murcia",
            "No me interesa trasladarme fuera de España",
            "Preaviso: un mes",
            "Contrato indefinido, jornada completa",
            "Preferiblemente edificación residencial o terciaria, no obra civil",
        ]),
    ]),
    doc("pablo-sanchez/preferencias.yaml", "role_preferences", "yaml", "prefs-yaml", src="prefs_data", v=3),
    doc("elena-castro/Preferencias laborales.docx", "role_preferences", "docx", src="prefs_bullets", v=0),
    doc("raul-navarro/busco.txt", "role_preferences", "txt", "short", src=[
        ("line", "Busco puesto de jefe de ventas en zona Levante, 50k + variable y coche. Incorporación en 1 mes."),
    ]),
    doc("laura-gil/preferencias.txt", "role_preferences", "txt-latin1", src="prefs_grouped", v=1),
    doc("camila-rojas/preferencias.txt", "role_preferences", "json-as-txt", "json-as-txt", src="prefs_data", v=1),
    doc("sergio-blanco/preferencias.txt", "role_preferences", "txt-utf16", src="prefs_bullets", v=2),
    doc("nuria-prats/preferencias.html", "role_preferences", "html", src="prefs_grouped", v=0),
    doc("andres-gomez/preferencias.csv", "role_preferences", "csv", src="prefs_csv", v=1),
    doc("diego-herrera/cuestionario.md", "role_preferences", "md", src="prefs_qa", v=1,
        title="Cuestionario del candidato"),

    # ---------------------------------------------------------------- work_experiences
    doc("andres-gomez/experiencia.csv", "work_experiences", "csv", "experiences-csv", src="we_csv_local", v=1),
    doc("ruben-ortega/Positions.csv", "work_experiences", "csv", "experiences-csv", src="we_csv_linkedin"),
    doc("diego-herrera/experiencia.yaml", "work_experiences", "yaml", src="we_data", v=2),
    doc("laura-gil/experiencia.txt", "work_experiences", "json-as-txt", "json-as-txt", src="we_data", v=0),
    doc("marta-vidal/experiencia.json", "work_experiences", "json", src="we_data", v=1),
    doc("sergio-blanco/experiencia.txt", "work_experiences", "txt-oneline", "oneline", src="we_bullets", v=2),
    doc("ines-molina/Experiencia profesional.pdf", "work_experiences", "pdf", src="we_bullets", v=1),
    doc("raul-navarro/mi trayectoria.docx", "work_experiences", "docx", "experience-prose",
        src="we_prose", title="Mi trayectoria"),
    doc("jorge-pena/experiencia.odt", "work_experiences", "odt", src="we_lines", v=2),
    doc("carmen-ruiz/experiencia.rtf", "work_experiences", "rtf", src="we_bullets", v=3),
    doc("alejandro-torres/experiencia.txt", "work_experiences", "txt", src="we_lines", v=0, title=False),
]
