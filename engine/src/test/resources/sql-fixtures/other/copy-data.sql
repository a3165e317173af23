-- COPY FROM stdin in text and CSV formats, with NULLs, escapes and non-ASCII text.
CREATE TABLE measurement (id int PRIMARY KEY, name text, note text, unit text);
COPY measurement (id, name, note, unit) FROM stdin;
1	name 1	value; 1	µm
2	name 2	value; 2	Å°
3	name 3	value; 3	µm
4	name 4	value; 4	Å°
5	name 5	value; 5	µm
6	name 6	value; 6	Å°
7	name 7	\N	µm
8	name 8	value; 8	Å°
9	name 9	value; 9	µm
10	name 10	value; 10	Å°
11	name 11	value; 11	µm
12	name 12	value; 12	Å°
13	name 13	value; 13	µm
14	name 14	\N	Å°
15	name 15	value; 15	µm
16	name 16	value; 16	Å°
17	name 17	value; 17	µm
18	name 18	value; 18	Å°
19	name 19	value; 19	µm
20	name 20	value; 20	Å°
21	name 21	\N	µm
22	name 22	value; 22	Å°
23	name 23	value; 23	µm
24	name 24	value; 24	Å°
25	name 25	value; 25	µm
26	name 26	value; 26	Å°
27	name 27	value; 27	µm
28	name 28	\N	Å°
29	name 29	value; 29	µm
30	name 30	value; 30	Å°
31	name 31	value; 31	µm
32	name 32	value; 32	Å°
33	name 33	value; 33	µm
34	name 34	value; 34	Å°
35	name 35	\N	µm
36	name 36	value; 36	Å°
37	name 37	value; 37	µm
38	name 38	value; 38	Å°
39	name 39	value; 39	µm
40	name 40	value; 40	Å°
41	name 41	value; 41	µm
42	name 42	\N	Å°
43	name 43	value; 43	µm
44	name 44	value; 44	Å°
45	name 45	value; 45	µm
46	name 46	value; 46	Å°
47	name 47	value; 47	µm
48	name 48	value; 48	Å°
49	name 49	\N	µm
50	name 50	value; 50	Å°
51	name 51	value; 51	µm
52	name 52	value; 52	Å°
53	name 53	value; 53	µm
54	name 54	value; 54	Å°
55	name 55	value; 55	µm
56	name 56	\N	Å°
57	name 57	value; 57	µm
58	name 58	value; 58	Å°
59	name 59	value; 59	µm
60	name 60	value; 60	Å°
61	name 61	value; 61	µm
62	name 62	value; 62	Å°
63	name 63	\N	µm
64	name 64	value; 64	Å°
65	name 65	value; 65	µm
66	name 66	value; 66	Å°
67	name 67	value; 67	µm
68	name 68	value; 68	Å°
69	name 69	value; 69	µm
70	name 70	\N	Å°
71	name 71	value; 71	µm
72	name 72	value; 72	Å°
73	name 73	value; 73	µm
74	name 74	value; 74	Å°
75	name 75	value; 75	µm
76	name 76	value; 76	Å°
77	name 77	\N	µm
78	name 78	value; 78	Å°
79	name 79	value; 79	µm
80	name 80	value; 80	Å°
81	name 81	value; 81	µm
82	name 82	value; 82	Å°
83	name 83	value; 83	µm
84	name 84	\N	Å°
85	name 85	value; 85	µm
86	name 86	value; 86	Å°
87	name 87	value; 87	µm
88	name 88	value; 88	Å°
89	name 89	value; 89	µm
90	name 90	value; 90	Å°
91	name 91	\N	µm
92	name 92	value; 92	Å°
93	name 93	value; 93	µm
94	name 94	value; 94	Å°
95	name 95	value; 95	µm
96	name 96	value; 96	Å°
97	name 97	value; 97	µm
98	name 98	\N	Å°
99	name 99	value; 99	µm
100	name 100	value; 100	Å°
101	name 101	value; 101	µm
102	name 102	value; 102	Å°
103	name 103	value; 103	µm
104	name 104	value; 104	Å°
105	name 105	\N	µm
106	name 106	value; 106	Å°
107	name 107	value; 107	µm
108	name 108	value; 108	Å°
109	name 109	value; 109	µm
110	name 110	value; 110	Å°
111	name 111	value; 111	µm
112	name 112	\N	Å°
113	name 113	value; 113	µm
114	name 114	value; 114	Å°
115	name 115	value; 115	µm
116	name 116	value; 116	Å°
117	name 117	value; 117	µm
118	name 118	value; 118	Å°
119	name 119	\N	µm
120	name 120	value; 120	Å°
121	name 121	value; 121	µm
122	name 122	value; 122	Å°
123	name 123	value; 123	µm
124	name 124	value; 124	Å°
125	name 125	value; 125	µm
126	name 126	\N	Å°
127	name 127	value; 127	µm
128	name 128	value; 128	Å°
129	name 129	value; 129	µm
130	name 130	value; 130	Å°
131	name 131	value; 131	µm
132	name 132	value; 132	Å°
133	name 133	\N	µm
134	name 134	value; 134	Å°
135	name 135	value; 135	µm
136	name 136	value; 136	Å°
137	name 137	value; 137	µm
138	name 138	value; 138	Å°
139	name 139	value; 139	µm
140	name 140	\N	Å°
141	name 141	value; 141	µm
142	name 142	value; 142	Å°
143	name 143	value; 143	µm
144	name 144	value; 144	Å°
145	name 145	value; 145	µm
146	name 146	value; 146	Å°
147	name 147	\N	µm
148	name 148	value; 148	Å°
149	name 149	value; 149	µm
150	name 150	value; 150	Å°
151	name 151	value; 151	µm
152	name 152	value; 152	Å°
153	name 153	value; 153	µm
154	name 154	\N	Å°
155	name 155	value; 155	µm
156	name 156	value; 156	Å°
157	name 157	value; 157	µm
158	name 158	value; 158	Å°
159	name 159	value; 159	µm
160	name 160	value; 160	Å°
161	name 161	\N	µm
162	name 162	value; 162	Å°
163	name 163	value; 163	µm
164	name 164	value; 164	Å°
165	name 165	value; 165	µm
166	name 166	value; 166	Å°
167	name 167	value; 167	µm
168	name 168	\N	Å°
169	name 169	value; 169	µm
170	name 170	value; 170	Å°
171	name 171	value; 171	µm
172	name 172	value; 172	Å°
173	name 173	value; 173	µm
174	name 174	value; 174	Å°
175	name 175	\N	µm
176	name 176	value; 176	Å°
177	name 177	value; 177	µm
178	name 178	value; 178	Å°
179	name 179	value; 179	µm
180	name 180	value; 180	Å°
181	name 181	value; 181	µm
182	name 182	\N	Å°
183	name 183	value; 183	µm
184	name 184	value; 184	Å°
185	name 185	value; 185	µm
186	name 186	value; 186	Å°
187	name 187	value; 187	µm
188	name 188	value; 188	Å°
189	name 189	\N	µm
190	name 190	value; 190	Å°
191	name 191	value; 191	µm
192	name 192	value; 192	Å°
193	name 193	value; 193	µm
194	name 194	value; 194	Å°
195	name 195	value; 195	µm
196	name 196	\N	Å°
197	name 197	value; 197	µm
198	name 198	value; 198	Å°
199	name 199	value; 199	µm
200	name 200	value; 200	Å°
201	name 201	value; 201	µm
202	name 202	value; 202	Å°
203	name 203	\N	µm
204	name 204	value; 204	Å°
205	name 205	value; 205	µm
206	name 206	value; 206	Å°
207	name 207	value; 207	µm
208	name 208	value; 208	Å°
209	name 209	value; 209	µm
210	name 210	\N	Å°
211	name 211	value; 211	µm
212	name 212	value; 212	Å°
213	name 213	value; 213	µm
214	name 214	value; 214	Å°
215	name 215	value; 215	µm
216	name 216	value; 216	Å°
217	name 217	\N	µm
218	name 218	value; 218	Å°
219	name 219	value; 219	µm
220	name 220	value; 220	Å°
221	name 221	value; 221	µm
222	name 222	value; 222	Å°
223	name 223	value; 223	µm
224	name 224	\N	Å°
225	name 225	value; 225	µm
226	name 226	value; 226	Å°
227	name 227	value; 227	µm
228	name 228	value; 228	Å°
229	name 229	value; 229	µm
230	name 230	value; 230	Å°
231	name 231	\N	µm
232	name 232	value; 232	Å°
233	name 233	value; 233	µm
234	name 234	value; 234	Å°
235	name 235	value; 235	µm
236	name 236	value; 236	Å°
237	name 237	value; 237	µm
238	name 238	\N	Å°
239	name 239	value; 239	µm
240	name 240	value; 240	Å°
241	name 241	value; 241	µm
242	name 242	value; 242	Å°
243	name 243	value; 243	µm
244	name 244	value; 244	Å°
245	name 245	\N	µm
246	name 246	value; 246	Å°
247	name 247	value; 247	µm
248	name 248	value; 248	Å°
249	name 249	value; 249	µm
250	name 250	value; 250	Å°
251	name 251	value; 251	µm
252	name 252	\N	Å°
253	name 253	value; 253	µm
254	name 254	value; 254	Å°
255	name 255	value; 255	µm
256	name 256	value; 256	Å°
257	name 257	value; 257	µm
258	name 258	value; 258	Å°
259	name 259	\N	µm
260	name 260	value; 260	Å°
261	name 261	value; 261	µm
262	name 262	value; 262	Å°
263	name 263	value; 263	µm
264	name 264	value; 264	Å°
265	name 265	value; 265	µm
266	name 266	\N	Å°
267	name 267	value; 267	µm
268	name 268	value; 268	Å°
269	name 269	value; 269	µm
270	name 270	value; 270	Å°
271	name 271	value; 271	µm
272	name 272	value; 272	Å°
273	name 273	\N	µm
274	name 274	value; 274	Å°
275	name 275	value; 275	µm
276	name 276	value; 276	Å°
277	name 277	value; 277	µm
278	name 278	value; 278	Å°
279	name 279	value; 279	µm
280	name 280	\N	Å°
281	name 281	value; 281	µm
282	name 282	value; 282	Å°
283	name 283	value; 283	µm
284	name 284	value; 284	Å°
285	name 285	value; 285	µm
286	name 286	value; 286	Å°
287	name 287	\N	µm
288	name 288	value; 288	Å°
289	name 289	value; 289	µm
290	name 290	value; 290	Å°
291	name 291	value; 291	µm
292	name 292	value; 292	Å°
293	name 293	value; 293	µm
294	name 294	\N	Å°
295	name 295	value; 295	µm
296	name 296	value; 296	Å°
297	name 297	value; 297	µm
298	name 298	value; 298	Å°
299	name 299	value; 299	µm
300	name 300	value; 300	Å°
\.
CREATE TABLE escaped (a text, b text);
COPY escaped FROM stdin;
tab\there	new\nline
back\\slash	\N
\.
COPY escaped (a, b) FROM stdin WITH (FORMAT csv, HEADER true);
a,b
"quoted, comma","semi; colon"
"a ""quote""",
\.
SELECT count(*) AS measurements, count(note) AS with_note FROM measurement;
