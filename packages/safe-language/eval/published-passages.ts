/**
 * Real published writing by Scottish experts, checked as it stands: passages from the National Trauma
 * Transformation Programme's "Trauma-Informed Substance Use Pathfinders – Learning Report" (published by the
 * Scottish Government), the report this toolkit is built from. Careful writing in
 * the field should raise no error or warning except on words mentioned in quotes. Chosen 2026-12-02.
 */
export const PUBLISHED_PASSAGES: readonly { source: string; text: string }[] = [
  {
    source: 'NTTP, Trauma-Informed Substance Use Pathfinders: Learning Report',
    text: "It is recognised from the outset that each organisation’s culture will look and feel different, but it is important to consider how trauma-informed principles, values and ways of working are embedded in the DNA of an organisation; how the key principles of safety, trust, choice, collaboration and empowerment are hardwired into day-to-day work, decision making, policies and practice; and how a trauma-informed approach in our daily work can become second nature to everyone in the organisation. To help develop an understanding of where the pathfinders services were, on this particular journey, the pathfinder leads began with a familiarisation phase to build relationships between the pathfinder specialists and the service teams and to understand the services and their contexts (e.g., design and delivery, current culture, relationships, perspectives on Trauma-Informed Practice (TIP)) and the extent to which these acted as facilitators or barriers[2].",
  },
  {
    source: 'NTTP, Trauma-Informed Substance Use Pathfinders: Learning Report',
    text: "Trauma-informed (TI) lens event(s). A half day event was held in both pathfinder locations and a facilitation plan was made based on the TI lens recording available through the NTTP website on vimeo[3]. Attendees were also given a visual representation of the service pathway drafted from their own service documentation to aid journey mapping.",
  },
  {
    source: 'NTTP, Trauma-Informed Substance Use Pathfinders: Learning Report',
    text: "Planning for the engagement of people with experience of trauma. Representatives from existing local support networks for people with experience of trauma were invited to participate in the TI lens events. The pathfinder lead met with the support network lead and potential participants prior to the event and ensured emotional support spaces and activities were provided at the TI lens events in case needed by those with experience of trauma. People with experience of trauma supported the development of outputs to address the issues they identified (e.g., a ‘This is me’ document and a service communication leaflet).",
  },
  {
    source: 'NTTP, Trauma-Informed Substance Use Pathfinders: Learning Report',
    text: "Establishing a Trauma-informed Practice Implementation Group (TIPIG) from service staff. Following the TI lens events a small group of staff were recruited/volunteered in each site to take the learning from the events forward and to identify solutions to issues raised. The staff met monthly with support from the pathfinder lead and the evaluation specialist. The group agreed a TIPIG charter detailing their purpose and role.",
  },
  {
    source: 'NTTP, Trauma-Informed Substance Use Pathfinders: Learning Report',
    text: "A training needs analysis (TNA) adapted and tailored from the NTTP workforce survey[4] to include optional questions about staff roles and experience, and was completed with service and close partners’ staff to inform a TI Practice training plan. Associated scaffolding around training was proposed to support translating learning into practice. This scaffolding may take the format of staff who complete the training as part of a cohort using an allotted part of team meetings to support each other in this process. For those completing training outside a cohort, alternative peer support will need to be arranged. If future capacity and caseloads allow a more formal coaching process to support training or integrating application of TI Practice with clinical supervision process would help to embed practice. The TI Practice training plan was used by new and existing staff where appropriate and included the NTTP trauma-skilled e-module ‘ Understanding the use of substances to cope with the impact of trauma’. Further information on all available NTTP trauma training and implementation support resources is available online.",
  },
  {
    source: 'NTTP, Trauma-Informed Substance Use Pathfinders: Learning Report',
    text: "Collaboration with partners. TI Practice implementation involves having successful collaborations with wider partners. Throughout the pathfinder there was evidence of challenges in this collaborative working. Service work with key partners such as the Community Mental Health Teams (CMHTs), Prisons, Primary Care/GPs was ongoing parallel to the pathfinder. This work addressed issues such as shared care with GPs, working alongside CMHTs to explore shared mental health and substance use difficulties, including the use of abstinence criteria, Assertive Outreach projects and prison liberation as well as improved data/ information sharing.",
  },
  {
    source: 'NTTP, Trauma-Informed Substance Use Pathfinders: Learning Report',
    text: "Workforce health and wellbeing planning which included provision of short-term clinical supervision by the pathfinder TI Practice specialist with teams due to there being a vacancy in the clinical addictions psychologist post in the pathfinder areas at the time. Support was also given to these teams in using Safety and Stabilisation[6] techniques (for staff and service users). In addition, all staff completed individual wellbeing plans[7] to aid future self-care and emotional safety.",
  },
  {
    source: 'NTTP, Trauma-Informed Substance Use Pathfinders: Learning Report',
    text: "TI coaching/support for leaders was provided via the pathfinder lead (a clinical addiction psychologist). Leadership coaching was a valued part of the pathfinder project, giving managers the opportunity to have a reflective space to discuss the challenges they face in a confidential environment, and with the support to apply a trauma-informed lens to their practice. Consideration should be given to the support already available to managers, and if there is a suitable existing person in an addictions service team who could offer this support to leaders.",
  },
  {
    source: 'NTTP, Trauma-Informed Substance Use Pathfinders: Learning Report',
    text: "Enhancing documentation, polices and processes. Contact was made with the Pathfinder NHS Boards to initiate reviews of individual policies at a strategic level with a trauma-informed lens to support and embed TI Practice e.g., HR and recruitment policies, wellbeing strategies service plans/changes. The 3 year implementation plan intends to embed the review of all service specific policies over agreed timeframes and in particular address trauma screening and triaging around support and access to emotional or, where necessary, psychological support.",
  },
];
