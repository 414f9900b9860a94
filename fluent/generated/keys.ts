import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    acl_callout_create: {
                        table: 'sys_security_acl'
                        id: '03168ac2b3034155a9298f91ef15d7b7'
                    }
                    acl_callout_delete: {
                        table: 'sys_security_acl'
                        id: '2838f4f0a5c84d4b85c3f9ea46176bc9'
                    }
                    acl_callout_read: {
                        table: 'sys_security_acl'
                        id: 'd8f797e771f842cc84b5f8acceb24f24'
                    }
                    acl_callout_write: {
                        table: 'sys_security_acl'
                        id: '2fa68a01b8c7483aaab83ef1488c3d62'
                    }
                    acl_callouts_api: {
                        table: 'sys_security_acl'
                        id: 'e12f42beece141dabc46dc40d574f82a'
                    }
                    acl_pace_read: {
                        table: 'sys_security_acl'
                        id: '50ead3d7c7dc449a872ae0568cf821ae'
                    }
                    acl_route_create: {
                        table: 'sys_security_acl'
                        id: 'c668d5e06db54664a173ad434f8a2768'
                    }
                    acl_route_delete: {
                        table: 'sys_security_acl'
                        id: 'b4126461651d47f5b8bf8fbac14b497f'
                    }
                    acl_route_read: {
                        table: 'sys_security_acl'
                        id: '58d853d742d1480e85c02796bbfbf9f1'
                    }
                    acl_route_write: {
                        table: 'sys_security_acl'
                        id: '6d895bd6db7c4f36a942b732b1a5adb3'
                    }
                    acl_sc_request_request_id_create: {
                        table: 'sys_security_acl'
                        id: '06e1a54e086e473e8d5363177f26e33c'
                    }
                    acl_sc_request_request_id_write: {
                        table: 'sys_security_acl'
                        id: 'c712f648d9bc493da56341f9b8aad44c'
                    }
                    acl_sc_request_stage_create: {
                        table: 'sys_security_acl'
                        id: '20223ee406e344478ff659df08524855'
                    }
                    acl_sc_request_stage_instance_id_create: {
                        table: 'sys_security_acl'
                        id: '1c7d73d510ee40bd8e195611fea01821'
                    }
                    acl_sc_request_stage_instance_id_write: {
                        table: 'sys_security_acl'
                        id: '724e9f6edcc8403fa5e1547b62650de2'
                    }
                    acl_sc_request_stage_write: {
                        table: 'sys_security_acl'
                        id: '0a92bb6c49d140a6a579ca44d5e4f663'
                    }
                    action_resume_em_request: {
                        table: 'sys_hub_action_type_definition'
                        id: 'd007ad5da92249dc9d757783fa0718c4'
                    }
                    action_resume_em_request_script: {
                        table: 'sys_hub_step_instance'
                        id: '9a947f71381a44d49d910e468a81d4bd'
                    }
                    api_callouts: {
                        table: 'sys_ws_definition'
                        id: '3128006382f8437fa4d18ec9556c4936'
                    }
                    api_callouts_post: {
                        table: 'sys_ws_operation'
                        id: '5a4aa07241b84925b4ec62f12ac4037e'
                    }
                    api_callouts_v1: {
                        table: 'sys_ws_version'
                        id: '666a7122ae58463db407c1c507fdd218'
                    }
                    atf_ledger_acls: {
                        table: 'sys_atf_test'
                        id: '23414ba39d89487e80ebac2ba4b253ab'
                    }
                    atf_ledger_acls_script: {
                        table: 'sys_atf_step'
                        id: '3f82f9d83fe14ea38d2c861cf1ac57a7'
                    }
                    atf_ledger_acls_user: {
                        table: 'sys_atf_step'
                        id: '967204433ecb4bf182d75b100232550c'
                    }
                    atf_ticket_close_queues_event: {
                        table: 'sys_atf_test'
                        id: '471d7d50b37a419abd052eab55937992'
                    }
                    atf_ticket_close_queues_event_script: {
                        table: 'sys_atf_step'
                        id: 'bd2fc19423d34c8f96f9c9455620fea2'
                    }
                    atf_worker_outcomes: {
                        table: 'sys_atf_test'
                        id: 'ba7c7072a67d4cc08cd2bbbcc6cd0df4'
                    }
                    atf_worker_outcomes_script: {
                        table: 'sys_atf_step'
                        id: '9a51353634754f71a48ff28c70f54aad'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '9a85660bd616427a960831072cfd404f'
                    }
                    br_ledger_queue_resume: {
                        table: 'sys_script'
                        id: 'b30607fd191d474994d472d34f0eb538'
                    }
                    br_ledger_retry_budget: {
                        table: 'sys_script'
                        id: '6810bbbaf5704f8fa21d7ac3c0a40a92'
                    }
                    br_route_match_keys: {
                        table: 'sys_script'
                        id: 'dc382f426e8643769570ad63a2a602fa'
                    }
                    br_ticket_closed: {
                        table: 'sys_script'
                        id: 'e4cb9283228c4bc2813821965b3d01b4'
                    }
                    e1b7c0d4a5f24c6e9b3d2a1f0c9e8d7b: {
                        table: 'oauth_entity_profile'
                        id: 'e1b7c0d4a5f24c6e9b3d2a1f0c9e8d7b'
                    }
                    event_resume_due: {
                        table: 'sysevent_register'
                        id: '9b4ec9ed5c4c4bdaaadb14c091d43f5b'
                    }
                    job_sweep: {
                        table: 'sysauto_script'
                        id: '755161c995024332b831dbabae3e7209'
                    }
                    menu_elm_bridge: {
                        table: 'sys_app_application'
                        id: 'af69fb351c5349dbb6c85e86fac4825f'
                    }
                    module_all_callouts: {
                        table: 'sys_app_module'
                        id: '8035c19db63a4fcbbb20bcf85866f17d'
                    }
                    module_failed_callouts: {
                        table: 'sys_app_module'
                        id: '36a5ac51afc44f18aef221c9271adfa8'
                    }
                    module_needs_attention: {
                        table: 'sys_app_module'
                        id: '074742a3567b4b86b7c1c1eba064a296'
                    }
                    module_open_callouts: {
                        table: 'sys_app_module'
                        id: 'ea889c8bc00440a483c2a919c89d0afe'
                    }
                    module_overview_by_status: {
                        table: 'sys_app_module'
                        id: '8e071c6c055548a7ac03b1e6aa86f5f2'
                    }
                    module_properties: {
                        table: 'sys_app_module'
                        id: 'b911e99dd30044bea4abcef1d732a65e'
                    }
                    module_routing_rules: {
                        table: 'sys_app_module'
                        id: 'e27f575510c344d5827c6926681de607'
                    }
                    oauth_entity_graph: {
                        table: 'oauth_entity'
                        id: '5a6dda7cebb84731aca958ffed454dcf'
                    }
                    oauth_entity_profile_scope_graph_default: {
                        table: 'oauth_entity_profile_scope'
                        id: '12a23700c27a4950bce6cd4def995001'
                    }
                    oauth_entity_scope_graph_default: {
                        table: 'oauth_entity_scope'
                        id: 'e1fb1968569847e09e95da91d9579495'
                    }
                    p1: {
                        table: 'sys_script'
                        id: '8a02fc3cd0084030a1e24dfa2c093695'
                        deleted: true
                    }
                    p2: {
                        table: 'sysevent_script_action'
                        id: '4ce28de431c742e1bf02ad2b677634aa'
                        deleted: true
                    }
                    p3: {
                        table: 'sys_ws_definition'
                        id: '4afe29f9c1b445958f002e93ecec701e'
                        deleted: true
                    }
                    p3r: {
                        table: 'sys_ws_operation'
                        id: '179a8dd7d5b84409bb331af377063508'
                        deleted: true
                    }
                    p4: {
                        table: 'sysauto_script'
                        id: '2f4d87d36afe4be8a1f65006bc540aea'
                        deleted: true
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '3f34dc239c3f47b4bd85aa7d390af653'
                    }
                    prop_assignment_group: {
                        table: 'sys_properties'
                        id: '9da34d3b48db49a7891b5ab70ec214b4'
                    }
                    prop_category: {
                        table: 'sys_properties_category'
                        id: 'b07934949bfb4ed195e111b7c2ccb8b0'
                        deleted: false
                    }
                    prop_category_assignment_group: {
                        table: 'sys_properties_category_m2m'
                        id: 'ce9d0c0dbf4f490391fafd7a0518e7ef'
                        deleted: false
                    }
                    prop_category_close_ticket_when_ended_upstream: {
                        table: 'sys_properties_category_m2m'
                        id: 'e4270234083b437a943bfe8f836da15e'
                    }
                    prop_category_closed_complete_states: {
                        table: 'sys_properties_category_m2m'
                        id: '16b911f6481747ee88aa8df7471a7e71'
                        deleted: false
                    }
                    prop_category_closed_incomplete_states: {
                        table: 'sys_properties_category_m2m'
                        id: '06591bce41d8400a8d4301a56cfcd610'
                        deleted: false
                    }
                    prop_category_deadline_warning_hours: {
                        table: 'sys_properties_category_m2m'
                        id: 'a15829efb6ff495090315171d8e8951c'
                        deleted: false
                    }
                    prop_category_deny_stages: {
                        table: 'sys_properties_category_m2m'
                        id: 'cf6d58986bca49b7831947d910ac5bd8'
                        deleted: false
                    }
                    prop_category_graph_endpoint: {
                        table: 'sys_properties_category_m2m'
                        id: 'd29426944d984b2e95b9c267f596071b'
                        deleted: false
                    }
                    prop_category_http_timeout_seconds: {
                        table: 'sys_properties_category_m2m'
                        id: '57cd0423127e449fb99a85fd42e201f3'
                        deleted: false
                    }
                    prop_category_max_attempts: {
                        table: 'sys_properties_category_m2m'
                        id: 'c49d8fb2a3df416eaec4f997c16cbe23'
                        deleted: false
                    }
                    prop_category_reconcile_minutes: {
                        table: 'sys_properties_category_m2m'
                        id: 'f7250268c68d4dd3902687e54312946b'
                    }
                    prop_category_retry_base_seconds: {
                        table: 'sys_properties_category_m2m'
                        id: 'cf1347b6fced461b8e08c6d042b501e0'
                        deleted: false
                    }
                    prop_category_source: {
                        table: 'sys_properties_category_m2m'
                        id: 'e105a2750f3b44c5a620755b4ddc657e'
                        deleted: false
                    }
                    prop_close_ticket_when_ended_upstream: {
                        table: 'sys_properties'
                        id: 'd4ce8b83af424ac69ca2c8fa605e75f9'
                    }
                    prop_closed_complete_states: {
                        table: 'sys_properties'
                        id: '261e22b79ab74a9584fb6bc6cc79d399'
                    }
                    prop_closed_incomplete_states: {
                        table: 'sys_properties'
                        id: 'ed2494ec4b774687b46d004254a1713c'
                    }
                    prop_deadline_warning_hours: {
                        table: 'sys_properties'
                        id: '1a23be9a674c4c11a278802313ee80a7'
                    }
                    prop_deny_stages: {
                        table: 'sys_properties'
                        id: 'cbe86b22e9fc406b8a4253dbcab98802'
                    }
                    prop_graph_endpoint: {
                        table: 'sys_properties'
                        id: '7c8422a9dc9e484aa84280114259d460'
                    }
                    prop_http_timeout_seconds: {
                        table: 'sys_properties'
                        id: 'eaec1d9dfc454247868846a79b2ee852'
                    }
                    prop_max_attempts: {
                        table: 'sys_properties'
                        id: 'e17937a44dc84b0bb51e8651e4413745'
                    }
                    prop_reconcile_minutes: {
                        table: 'sys_properties'
                        id: '35e2ad39d99849699509311c51ff0f9a'
                    }
                    prop_retry_base_seconds: {
                        table: 'sys_properties'
                        id: '843f04aa10e34200b8d544d29a5e60c1'
                    }
                    prop_source: {
                        table: 'sys_properties'
                        id: '8248242804dc43c3acdd17ebb4a1a8eb'
                    }
                    rest_message_graph: {
                        table: 'sys_rest_message'
                        id: 'b83f12a012da4ecebf98364d1dcaba44'
                    }
                    rest_message_graph_accept: {
                        table: 'sys_rest_message_headers'
                        id: '3e8dee397a8b48adb0f54f0f524e4d91'
                    }
                    rest_message_graph_get_var_endpoint: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '3c111ca9d19f41f299f221098b661a16'
                        deleted: true
                    }
                    rest_message_graph_get_var_request: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '65c67bf8f03e4152b3bcc465a9f7cae0'
                        deleted: true
                    }
                    rest_message_graph_read_var_endpoint: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '0ee9c9038c4b4b768fa060cecde295c3'
                    }
                    rest_message_graph_read_var_request: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '6516e89d590a4fd798e4526193251187'
                    }
                    rest_message_graph_resume_content_type: {
                        table: 'sys_rest_message_fn_headers'
                        id: 'c7fb0d8f63bc4a87ab053714b9de8380'
                    }
                    rest_message_graph_resume_var_endpoint: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '1352b73f2da7439bbf2fb4b9e1993564'
                    }
                    rest_message_graph_resume_var_request: {
                        table: 'sys_rest_message_fn_parameters'
                        id: '5bd79a55b31840c098dc9deaacfe903f'
                    }
                    rest_message_graph_verify_var_endpoint: {
                        table: 'sys_rest_message_fn_parameters'
                        id: 'adab0d6913b0472e87dd7f9d1c310ced'
                    }
                    sa_resume_due: {
                        table: 'sysevent_script_action'
                        id: '27226b93f89a4ff18e6c647e17c1eadd'
                    }
                    script_include_elm_ticket_bridge: {
                        table: 'sys_script_include'
                        id: 'f07a76e2a2184dd0855f17e4ea8a2524'
                    }
                    'src_server_callouts_callout-service_ts': {
                        table: 'sys_module'
                        id: '418e03070f4b4ae48dca071bbc12282f'
                    }
                    src_server_core_binding_ts: {
                        table: 'sys_module'
                        id: '4dfdc59124bc4b8699d755f52db46881'
                    }
                    src_server_core_callout_ts: {
                        table: 'sys_module'
                        id: 'c87f99288c154485b30fc01781284471'
                    }
                    src_server_core_closure_ts: {
                        table: 'sys_module'
                        id: 'f70833157cc54d0686507efa17a7d568'
                    }
                    src_server_core_connection_ts: {
                        table: 'sys_module'
                        id: 'd5bec14c97404368a56d3c49ce79cbb9'
                    }
                    src_server_core_delivery_ts: {
                        table: 'sys_module'
                        id: 'a2f311037bdc41b1916dcb41244dc535'
                    }
                    src_server_core_duration_ts: {
                        table: 'sys_module'
                        id: 'df453d6f31b24f5fb8730ca2d31a3352'
                    }
                    src_server_core_identifiers_ts: {
                        table: 'sys_module'
                        id: 'ca944354c5af496a80c7756592e29b0d'
                    }
                    'src_server_core_json-guard_ts': {
                        table: 'sys_module'
                        id: '42420fd8050a453888213adc10d82841'
                    }
                    'src_server_core_ledger-status_ts': {
                        table: 'sys_module'
                        id: '1b03e9b5cff7469eaade56387285b9c2'
                    }
                    'src_server_core_oauth-entry_ts': {
                        table: 'sys_module'
                        id: 'ca8c37abd14147c189a7374b5f957a25'
                    }
                    src_server_core_pace_ts: {
                        table: 'sys_module'
                        id: '82e909a14c744f30a788138c1b12ac19'
                    }
                    src_server_core_reconcile_ts: {
                        table: 'sys_module'
                        id: '428618de6c734e48919f5bacc5323bea'
                    }
                    src_server_core_resume_ts: {
                        table: 'sys_module'
                        id: 'cd19961cc7804fe7afe5e05753523268'
                    }
                    src_server_core_routing_ts: {
                        table: 'sys_module'
                        id: '584087e0c75c4c91976ac013e3b23d15'
                    }
                    src_server_core_settings_ts: {
                        table: 'sys_module'
                        id: 'af89f896843a434f8cf8b3276a16481d'
                    }
                    src_server_core_stages_ts: {
                        table: 'sys_module'
                        id: '5a795427dbfe4c1486617199261a1908'
                    }
                    src_server_core_text_ts: {
                        table: 'sys_module'
                        id: '39d09562591942cdb6d5be68347ae805'
                    }
                    'src_server_core_ticket-text_ts': {
                        table: 'sys_module'
                        id: '0ab57448da4d404da823178846fbc4ac'
                    }
                    src_server_core_time_ts: {
                        table: 'sys_module'
                        id: '347cbbec32c34a62a53dac2ff5ce692f'
                    }
                    src_server_hello_ts: {
                        table: 'sys_module'
                        id: '03ed1dc7407f438c8c84784e003830da'
                        deleted: true
                    }
                    src_server_platform_glide_ts: {
                        table: 'sys_module'
                        id: '9fc1fba4e944442bb66bb212b56a0475'
                    }
                    src_server_platform_graph_ts: {
                        table: 'sys_module'
                        id: '7cdf4c2dee424f1a89c1f32f457ad427'
                    }
                    src_server_platform_ledger_ts: {
                        table: 'sys_module'
                        id: 'c7e4bb559ffd49aaa9d94d69a5096bae'
                    }
                    src_server_platform_oauth_ts: {
                        table: 'sys_module'
                        id: '67349c0b95de4f42a6d2b04bde4c407e'
                    }
                    src_server_platform_pace_ts: {
                        table: 'sys_module'
                        id: '0674e9f3171a49d29b5e5ea60cf09bca'
                    }
                    src_server_platform_routes_ts: {
                        table: 'sys_module'
                        id: 'd1fca25e005941ae9bbdd84ea27c3581'
                    }
                    src_server_platform_settings_ts: {
                        table: 'sys_module'
                        id: '84b42b1a3efb4d41b3809c4e56e0803e'
                    }
                    src_server_platform_tickets_ts: {
                        table: 'sys_module'
                        id: 'f74a7088573c418b94d4944675427a2c'
                    }
                    src_server_probe_ts: {
                        table: 'sys_module'
                        id: 'd20aa582556748b78b9bba7062ae0cf7'
                        deleted: true
                    }
                    'src_server_resume_admin-actions_ts': {
                        table: 'sys_module'
                        id: 'aa5935b082ac4e83990fc3a39589c104'
                    }
                    src_server_resume_reconcile_ts: {
                        table: 'sys_module'
                        id: 'dd837a94da294a688d0a82290f27d0dc'
                    }
                    'src_server_resume_resume-service_ts': {
                        table: 'sys_module'
                        id: '0480e382bb2d49c692a584a329bd536c'
                    }
                    ui_action_retry_now: {
                        table: 'sys_ui_action'
                        id: '51193be71aab4f3685628a86bbb11567'
                    }
                    ui_action_verify_connection: {
                        table: 'sys_ui_action'
                        id: 'd53da6217e9b46039b15cf49bf104d93'
                    }
                    xsp_oauth_entity_read: {
                        table: 'sys_scope_privilege'
                        id: 'c96a2cbaa68e43d48c98fc62067ea5b7'
                    }
                    xsp_sc_request_create: {
                        table: 'sys_scope_privilege'
                        id: '746a08ee0c0a4700a2c9261d2e220393'
                    }
                    xsp_sc_request_read: {
                        table: 'sys_scope_privilege'
                        id: '24731150d6674ca7aacf5b42b60a4a95'
                    }
                    xsp_sc_request_write: {
                        table: 'sys_scope_privilege'
                        id: '5cda49320376431ead418c7f3d203110'
                    }
                    xsp_sys_user_group_read: {
                        table: 'sys_scope_privilege'
                        id: '0e441bd9697647b2aa63cd105b56d1a0'
                    }
                    xsp_sys_user_read: {
                        table: 'sys_scope_privilege'
                        id: '916314569524472da368d69bb5a1dbf3'
                    }
                    xsp_sysevent_read: {
                        table: 'sys_scope_privilege'
                        id: '9e1f8017fe8a400282bea8b21716ca9e'
                    }
                }
                composite: [
                    {
                        table: 'sys_documentation'
                        id: '030c2338d99044299d78db4f44066c12'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'access_package'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '03224a88c5e043b785d5a4603890aa47'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'last_read_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '03730e8997b947fbaf83da93b9b88732'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentFourteenDaysBeforeExpiration'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '041382e2b34b4bed8d353fb46ac2567f'
                        key: {
                            sys_security_acl: '2838f4f0a5c84d4b85c3f9ea46176bc9'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0439bbbb738f4d13af5dacb819f88a49'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentRequestGranted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '046475294f054c16bd5aac4545b78abb'
                        key: {
                            name: 'x_elm_bridge_reconcile_pass'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '06136930061944ba876b0bee4488e6a6'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '0639139f8fcb4d85abb4c1b72682905c'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '065d851655de44389e71bd5327189a3a'
                        key: {
                            name: 'x_elm_bridge_pace_call'
                            element: 'refused'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0669b85ef359438797f8fb3fa3bb48b5'
                        key: {
                            name: 'x_elm_bridge_pace_call'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '069ad03abb0146149fd40cfc9cde9694'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'access_package'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '0734f3c281864a46833bd66973c48127'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '074f45575a5f4102b012899e75b9e079'
                        key: {
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '07ffda8e57bb4a4da6266bb2cb79f5ad'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0834f3c5644b49c5bc4ea07b88836640'
                        key: {
                            name: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '08afc28d207a43e0a28dd1fa767017a4'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'request_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0998361051e64fb9955d4c9e1f55baad'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'routing_rule'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '09be9b3c784b4b96a5e02ff97d85b3d5'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'resume_state'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0ad9ba4f9cf04675899b8931234f66d9'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'routing_rule'
                            position: '16'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0b68ca6a43e44e39addfa7dd431d8a71'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'delivery_uncertain'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0c3b6fcca46e439fb6781c30edd7fc87'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probe_floor'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0c656053bc2443189818a5e240131ae3'
                        key: {
                            list_id: {
                                id: '5831cb165fa44d94b7eceec29dbc9c99'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '0d01f924d56d41ab9bc3e46f0eda306e'
                        key: {
                            logical_table_name: 'x_elm_bridge_callout'
                            col_name_string: 'stage_instance_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0e9491919d464e768b2c13ac92d273e4'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probed_at_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0f3557eff61f4cbfa8eac4a72aa403fc'
                        key: {
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0f3fcd85a0aa4778aba346c521100f6d'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'access_package_key'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '12c89f1dd0d14e9a842b825a8a0bb3d7'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '14114f9933b84d0fbe0a0e582ff969ab'
                        key: {
                            rest_message: 'b83f12a012da4ecebf98364d1dcaba44'
                            function_name: 'verify'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '16a33f7f7ec2425384ddd5380f39563a'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'access_package_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '172da8810363482f8646a0017721916c'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'outcome'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '17c2672935484c3985f9bcb401a0dd1e'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'measured_rate'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '17fd6b2eccfe4204bafdff6cacec0191'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '18fcfd84dd1241d1a80a1d386714939f'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1911d48137d141528eb54f2d8a9fca44'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a83ee55f819422ba2cd96cad7855489'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'delivery_uncertain'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1a8da01c0b1943c190366c283401c86e'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'catalog'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1b12926a80ec46e9a066118b871271ee'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket_table'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1b5390095ef74e3b8134b714aa1be9d8'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'short_description_prefix'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1c0cfc779b3942a2a2aa915b42d888e6'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'hold_until_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1c622cb70528443795971e439a1972a3'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'window_signs'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1ef4fa5d2d7c4d2184ab852208ae25dc'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_type'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '217ff88cd35a45f5b2079a7b91058a67'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '2204ddad6c06462392205b3c65f2767c'
                        key: {
                            sys_ui_form: {
                                id: 'b164265a7cc54c4e91f7ef771be71311'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2392efd60f394e43af69697302b111cb'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '23e1b80aa14a49ee8ac1aad9be5b020c'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'deadline_warned'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '25004e428ba248f9a26a74a6d1672c66'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'reads_paused_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '25166ac1249f47ee85a8c71261a23ba9'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'next_attempt_at'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '26aedc9f34ca47c39a51dde895df193f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '26e1350601af48959dd2aa6d91fd5093'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'ticket_number'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2775344e0e2240d7b3e89074b19a0796'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'rate'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '289fed08d8714b0e9dcf872e3d367c3f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2a9d4afe199448df8b1bd43e333c675a'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'detail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2af2a74196994c858d5f6189f1160f78'
                        key: {
                            field: 'request_id'
                            table: 'var__m_sys_hub_step_ext_input_9a947f71381a44d49d910e468a81d4bd'
                            id: '9a947f71381a44d49d910e468a81d4bd'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '2b5bf16aed184bb180387272201c4b59'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2b8f42ac6ba54349a707f8ab4fcc9623'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'policy'
                            position: '15'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2e5dd1fe7e8141048e86384e5cc8e343'
                        key: {
                            field: 'outcome'
                            table: 'var__m_sys_hub_step_ext_input_9a947f71381a44d49d910e468a81d4bd'
                            id: '9a947f71381a44d49d910e468a81d4bd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2eb6e83282c64516b5d16eafd2ccecbd'
                        key: {
                            sys_security_acl: 'e12f42beece141dabc46dc40d574f82a'
                            sys_user_role: {
                                id: '7e8f7f3d3c624b7789cd0802484b5e06'
                                key: {
                                    name: 'x_elm_bridge.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '2f15b47674f44f0284fecddbf61dc04f'
                        key: {
                            name: 'x_elm_bridge_callout'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2f1ff9a2343642bf9208a9cc19769e3c'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'granted'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '306fecb3dcbd47ceb6c7e5665c209679'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'requestor'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '31011884158b4c3e8923fc76959c2e1c'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '17'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '325cfe7f197442979f0e3c3a6070ea8d'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '32fbbbde8aad43daa74639f80248caf4'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '334686dd3fbc4e6495de7a90ae5f9a9e'
                        key: {
                            list_id: {
                                id: '5831cb165fa44d94b7eceec29dbc9c99'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3360a8da3d0945458dad178367cb3f17'
                        key: {
                            name: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3569a38898e340b18d49cff63f3c2bfd'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probe_at_ms'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '36adab83b874477999321cc8ad83b35f'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'stage_instance_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '37748811807a492fb33df53c385108e9'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'stage_instance_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '37f820c758cc42db84f9a63ffe3c2b4a'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ticket_number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3879469e50b3452c8ac4703b914f41d9'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'open'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '39b47240a41d4da19f60d643c47100c1'
                        key: {
                            name: 'x_elm_bridge_route'
                            caption: 'Routing rule'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '39d73fac94d841c08c64326ded26f1c4'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resume_detail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3a1843a7eb694264b875c08b6cbf6627'
                        key: {
                            name: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3ac56738edcb48de9f3b70d9fc57173a'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probed_span_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3adc6406c3b6417893d9073ca88d617d'
                        key: {
                            name: 'sc_request'
                            element: 'x_elm_bridge_stage_instance_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3b7c398f8cbf403e9f7439e957951f23'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentRequestApproved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3bafac74f5f7470fbe3a48c09ecc622e'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3bbe4f95e56f4fd18621971cb0f8e695'
                        key: {
                            name: 'x_elm_bridge_pace_call'
                            element: 'second_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3facbebc19954c16825acb596684225d'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'claimed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '40a433831e8b42e7bc906206065b6851'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '41b02f1faa9d45f98fb7ad36d3788d74'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '41e10da4c68646faac194d69f675fe13'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '42b9caf9be7a4357a73f82b8472ed854'
                        key: {
                            name: 'x_elm_bridge_send'
                            element: 'send_key'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '43f712f2875a4f538eb92c8528b3e9ae'
                        key: {
                            rest_message: 'b83f12a012da4ecebf98364d1dcaba44'
                            function_name: 'resume'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4577b2467ad649a486aa8b8f991792b7'
                        key: {
                            document_key: '3f82f9d83fe14ea38d2c861cf1ac57a7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4629c3c4031046738bafe5012c0c9959'
                        key: {
                            sys_security_acl: '50ead3d7c7dc449a872ae0568cf821ae'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '478b99527b3740a886cf623b6a599232'
                        key: {
                            sys_security_acl: '2fa68a01b8c7483aaab83ef1488c3d62'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '47f0d5a397024afeab3a5b68e60d3d8d'
                        key: {
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '47f9f254e3cc48a4a6a07d310f0e388c'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'stage_instance_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4800a9e8f9fc48bab5b67bab1bd48448'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            value: '4'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '48d7b7a87d8c4afa92894582d9e87a87'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'claim_token'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '48e4e4c6fc1c40cb92aa956ffb501af6'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '49746983e4d348149f24639b65d8f41e'
                        key: {
                            field: 'status'
                            table: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            id: 'd007ad5da92249dc9d757783fa0718c4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4a30025905884299a95795121c950ab3'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4a9d6636f72f438ca0c8523821f027fc'
                        key: {
                            sys_security_acl: 'c712f648d9bc493da56341f9b8aad44c'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '4a9e4de3a7484d20a8ccf6259553bc04'
                        key: {
                            logical_table_name: 'x_elm_bridge_callout'
                            col_name_string: 'status,next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4ad766b3ef104327b65e4d76de12164c'
                        key: {
                            sys_security_acl: '1c7d73d510ee40bd8e195611fea01821'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4b44cf44f8c5464f8fb220d7aabea36f'
                        key: {
                            sys_security_acl: '0a92bb6c49d140a6a579ca44d5e4f663'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4ce6ea99ba2649f7ad230d9a40beb0c1'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'no_callback'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4df73242f03d4c618c7eddbd91239d16'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stage'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5051101e46e549258ac8965fd123bb82'
                        key: {
                            name: 'x_elm_bridge_send'
                            element: 'attempt'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '510a2d283d414c718cd69550799fd9e9'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resume_detail'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5131c48fb62f46d7be42e603a36db960'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_http_status'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '5173a89e57c8453296d84e895df3c973'
                        key: {
                            logical_table_name: 'x_elm_bridge_route'
                            col_name_string: 'active,order'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '526e12c62aca4b4a8ef2055e5354a6de'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '527e42f2578e4e0f98c80e512051cd2f'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '16'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '52f38af8b03542bf9b74591b9b230222'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'claimed_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '539e91e4483c44b7a67437345435fd47'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket_number'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '55bef561dda946bfa4998f1414653fea'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'peak_rate'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55d71323b5224d97920ade2c2b5a3c23'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resume_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '57039dfe253941c9b2cbe4c769e4d217'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'catalog'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '575d3c47c2a14a8091e2ca082b3f66d9'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentFourteenDaysBeforeExpiration'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '577aae578f124d8f925470d9e1e55efa'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '57a004f389a947fe909b22c6ed956d73'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resumed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '57a40c51ee57463ca9e4e536c925a452'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentRequestApproved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '5831cb165fa44d94b7eceec29dbc9c99'
                        key: {
                            name: 'x_elm_bridge_route'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '590910db8d7241f1b1991f36935f76b6'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'delivery_uncertain'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '5aff1e958ffc44dcafe36e6aa9bd3a5f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'closure'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5bcee9e35da048718da1b5c06888b2ec'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'reads_paused_until'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5dbe8d74c003400ca3d35be1d40c8c83'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probe_at_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5ec2f60663bd4364888c52bdfde6acb9'
                        key: {
                            sys_security_acl: '6d895bd6db7c4f36a942b732b1a5adb3'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5edaa7549de24689bf1fda8ba5a6566a'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'deadline_warned'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6041eed74dfd487cbf9411a600090468'
                        key: {
                            sys_security_acl: '20223ee406e344478ff659df08524855'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '613e42de89f84362849051f624893bea'
                        key: {
                            logical_table_name: 'x_elm_bridge_reconcile_pass'
                            col_name_string: 'pass_key'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6195d26f63ec44c88e63a83287905c19'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '61d773821f864121857f2e44d5d63be6'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'sending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6259f277e3f94e9e8954680a833e0de8'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '647c548d20514fab9efbd6f135aac3ef'
                        key: {
                            list_id: {
                                id: '5831cb165fa44d94b7eceec29dbc9c99'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'access_package'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '64cab8a1611f4622b87ee6a0feb46a17'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'outcome'
                            value: 'resume'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '658de367c6044a638b6d77526d59d81a'
                        key: {
                            sys_ui_form: {
                                id: 'c17ba3280d4f4a9097d6843700ae6d6c'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '65a8d80aad2d4415bef3fd85089bd095'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'closure'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6606774c9e8846689d15054e41723118'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'target'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6624424aec2c4d04aa52a439ec1c58fb'
                        key: {
                            sys_security_acl: '06e1a54e086e473e8d5363177f26e33c'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '66e49a93109540f8ba1b0fd9a52c644d'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'request_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '676b609cfbae414d8e63ec02203ba617'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'resumed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '678e85739b0746cb96bbaecb11f146bc'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentOneDayBeforeExpiration'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '67ae9b0ea5fb4b9c987bd79605d10391'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'target'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '69b773d80b4544cd9b80adedd9849c66'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'peak_rate'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '69fe3e0c934a4c7ca9042c0fcedf8884'
                        key: {
                            sys_security_acl: '03168ac2b3034155a9298f91ef15d7b7'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6a2a91a489314529aa86359f64f634ab'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'changed_at_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6a4ec947910644c9b02528e9852f44a6'
                        key: {
                            name: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            element: 'http_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6a769318897d4c749fa62d1a2c764dfa'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'next_attempt_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: '6b3186bac3f24c3b8649575ca4387d1f'
                        key: {
                            rest_message: 'b83f12a012da4ecebf98364d1dcaba44'
                            function_name: 'read_request'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6b352f38441541028c5aed033fdbd1d4'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'round'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6b4c516ee97f44c9a7c94a3290e90815'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b9cc533271f412681361e57ac2f29b8'
                        key: {
                            document_key: '3f82f9d83fe14ea38d2c861cf1ac57a7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '70b4f89013c54026a00e3dda723495c1'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'rejected'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '70f1d856a8314bd89a211abd65f46b6b'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'round'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7112723e50734e1893dec0511412ff81'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '711e10a23b874a39b1065c020839dc52'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'booked_at_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7164bd6d5064497b9ca873f59f3e39be'
                        key: {
                            name: 'x_elm_bridge_send'
                            element: 'send_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '718a48dc116c409faa3da8ddaf1ee3b5'
                        key: {
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'catalog'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '721212ff1b8a4f63bdaa65cb2f1f1a43'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7246034b77e04cdfa2abdc2f5e90d5e0'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'policy'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '72a3b4f2e7b543bbb3ed1526a8b85657'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'resumed_at'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7341a87676b0400f81531dea01329dd8'
                        key: {
                            list_id: {
                                id: '5831cb165fa44d94b7eceec29dbc9c99'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'catalog'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '736ae01613764cb5a14d53232ac9ef36'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'granted'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7388894b637e429883bc20d8959ee606'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'callback_deadline'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '74499aa048ea4c84829e2a0f271e95b8'
                        key: {
                            role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                            contains: {
                                id: '7e8f7f3d3c624b7789cd0802484b5e06'
                                key: {
                                    name: 'x_elm_bridge.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '749608864a8a445398f447dc516f63d2'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'catalog_key'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '750e667cf654482cafc56404f9588d81'
                        key: {
                            name: 'x_elm_bridge_callout'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '76948d19f77b47db8a4ae65565671160'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'short_description_prefix'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7777babf1478423db122f55271be2b57'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probe_floor'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '7977bd2bf384411482105bfd3ff54cce'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'request_id'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '7a569a1f916842439aefa1bd0b141365'
                        key: {
                            name: 'x_elm_bridge_callout'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7c9fb348aeae4174b9553f7c6528c05f'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentRequestGranted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7d541afebdea4e59bcb7f5d5754389cc'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d5cd187cbc244e286d3144776defad2'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7d949b36acca405f83aa388160e7afda'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentRequestCreated'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7d9c972c255f4c10895083bc5e92b023'
                        key: {
                            name: 'x_elm_bridge_pace_call'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '7e8f7f3d3c624b7789cd0802484b5e06'
                        key: {
                            name: 'x_elm_bridge.integration'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ebffc95d2354cdf899d27dd0144e559'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'waits_for_callback'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7f33c52956ae4771a1ea4348c39afd9a'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '80262cc7331447c0874e3c87d88ede88'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'resumed_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '80f671f6cc34497281c714f2ab18dc59'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'closure'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '81321cd1229c417281d98dc9efcfb8a2'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'next_at_ms'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '824f61c440a94354afff455e0b322b8c'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82520ba7a4c5402e966d8fd404f166ce'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82a3eb27926b43b79f798f34f1323549'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82a5839df3c542dc86034006ded4c2d9'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'deadline_warned'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '866536c4487647979eea196727bb8eb9'
                        key: {
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '86ae0493e64447eea09a962e735a1dc4'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resume_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '871424864a8148e0887ebb93d448ea18'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probed_accepted'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '882cc66db93b424bb8503aa535d689da'
                        key: {
                            name: 'x_elm_bridge_reconcile_pass'
                            element: 'pass_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '88bd0064fd6f43d6b89dc917d44d56c1'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'access_package'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '8d971002b47a4bdeba123b3adf93540d'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8ddeeaa16a904594ab313bd02045e908'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8e43d88bb66f4b0f8238662df22a88f3'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'access_package'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '8e59ac3be75b4cc794c4a34ac31eef9e'
                        key: {
                            name: 'x_elm_bridge_send'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8f1c8d3e3d054e71ac121064b6c16803'
                        key: {
                            sys_security_acl: 'd8f797e771f842cc84b5f8acceb24f24'
                            sys_user_role: {
                                id: '172869fcb6ba4e5784ef3626c62386b1'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8fc4064e022a49d88e22a669d2015add'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'catalog'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8fde700142bc4927b9d5f7605c06b8e4'
                        key: {
                            field: 'http_status'
                            table: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            id: 'd007ad5da92249dc9d757783fa0718c4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9031cf4d3c5c445f9a04f5ad98e00442'
                        key: {
                            name: 'x_elm_bridge_reconcile_pass'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '905757f0efbe43788064aecd9fb4ed29'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '908be54505f1483da76b1f4044916ef1'
                        key: {
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'access_package'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '90fa51d71835486fb5f8910beabc28bd'
                        key: {
                            name: 'x_elm_bridge_send'
                            element: 'callout'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '91cc922056db4523a371744c52caeb61'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentOneDayBeforeExpiration'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '92327b0c43b14613b31a51f892bcee83'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'request_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '93543980cf1f49fa9f37136e967eea3d'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'streak'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '94a8a7c2d51d447e90ad0bc558a0dc78'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '94cb2fe4d15247bb82a560e950d96055'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '95655759eaf14d55807ecc95135a4ffc'
                        key: {
                            name: 'x_elm_bridge_callout'
                            caption: 'Delivery'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9653ef658f724515b9788d419399350e'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'closure'
                            value: 'incomplete'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96e964790f6c4ca19f073f59e52ff69c'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '97d5dbd88ebd490a8602bc770c7c7d68'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'requestor'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99082928735c47f89262debba1be5a54'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '99c39132534c4a3aa0177069cd955d21'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9a63b87efd1a44b8bdcd2102fbd01ab3'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9b3904067b434fe0afa22bcb932f8d9d'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'access_package'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9b4fdebf8915416fa63f8e2bdb6123b2'
                        key: {
                            name: 'x_elm_bridge_send'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c66d6105b3c41b0b872e448542ca899'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage_instance_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9d0ce4e5df3e4abd805ca45552ecc914'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'request_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9d73d3e1c7824d04b12a98eeba25d9b4'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probed_at_ms'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9e389f145b14483b95e1fd1d0a896e3b'
                        key: {
                            sys_security_acl: '58d853d742d1480e85c02796bbfbf9f1'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9ebee3552f4c4c1f8bf7471938bad9f0'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9f111527cdc844ef89310d84db63e4c3'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'a012086cb193420787a0117a07f53231'
                        key: {
                            name: 'x_elm_bridge_callout'
                            caption: 'Callout'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a111cc1f7b104a1e9924d306a317c329'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a2e8e4ae04164ba48b22d7fbe5e49f43'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_id'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a33e08984c124bdaad604b873bc4eec2'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'claim_token'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a48cff38473e479bbbb0860e8158cf8b'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'a4df2bcb96944b21a362b23672695e5a'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a66f5429b47649748ca48b6de5921b4d'
                        key: {
                            sys_security_acl: 'd8f797e771f842cc84b5f8acceb24f24'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'a7212bf93ccb406d9de7fc22a8834858'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a7876068b73042899a33331c906a3949'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            value: '5'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'a81ea6392e064d3e8c3ebe0d77ae4d7d'
                        key: {
                            name: 'x_elm_bridge_send'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a9623c72b1e14c4ea07c97d78bfc6d38'
                        key: {
                            list_id: {
                                id: '5831cb165fa44d94b7eceec29dbc9c99'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'a9a2e6a363e04f19807bff8692988807'
                        key: {
                            name: 'x_elm_bridge_reconcile_pass'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a9b30cbaea47438ba183ea239fa8b920'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'rejected'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a9c9937fab8e4e5a84ed5702cec4a5e4'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'aa241475dbea4b24a2690ed4abeb9ca5'
                        key: {
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aae9489be33c4dcab1b60b9339d599d4'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac1757f13b7441c58488427f3eff5aa5'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'routing_rule'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ad81517a2885423ebc944444e2cdb097'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'request_type'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'ada65babe0564d0a992eaa9797cede84'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae8897abeaa84f40acd879f771a3c046'
                        key: {
                            document_key: '9a51353634754f71a48ff28c70f54aad'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'aef25cdba0ea431096fc1c63a9f00300'
                        key: {
                            sys_security_acl: 'e12f42beece141dabc46dc40d574f82a'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'af07fe0dddb34ee5a9aa752103d82d75'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'policy'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'af0a5b85994947abaf3b455a08f66f4a'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'callback_deadline'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af9158103f3448aa901fcbfc85936189'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'rate'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'af9fbec052804e4c91754883beac6ac8'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentRequestCreated'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b097671fe0984d3d9564ed152cadca58'
                        key: {
                            name: 'x_elm_bridge_pace_call'
                            element: 'at_ms'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b0e64ab86669402d91ff9c162035b521'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'b158ea06cceb4bae81bdce9df2261589'
                        key: {
                            name: 'x_elm_bridge_pace_call'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'b164265a7cc54c4e91f7ef771be71311'
                        key: {
                            name: 'x_elm_bridge_route'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b3aa1521f3a4492fb91c30efd86a457a'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'hold_until_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b3c626db8599486aa1a3866d28ff4e5f'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probed_span_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4b71443434743e68716c71453587ba5'
                        key: {
                            document_key: '967204433ecb4bf182d75b100232550c'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b4e35cc444f04ca6a54b229552a5ff3e'
                        key: {
                            list_id: {
                                id: '5831cb165fa44d94b7eceec29dbc9c99'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'priority'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b5006281b98741ecb52a6ecdf3a24155'
                        key: {
                            name: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b5335ed0032b40f5a873d2e78773fcf3'
                        key: {
                            sys_security_acl: 'b4126461651d47f5b8bf8fbac14b497f'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b646a296880247b283f0b51a5d61dbf2'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b6698c65e6e04af1b76d584a25473e53'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_error'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'b6ba48a6f0b041629051c4e24699e22e'
                        key: {
                            logical_table_name: 'x_elm_bridge_route'
                            col_name_string: 'access_package_key'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b773c4e5d7914bdb86db670668891dff'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'access_package'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b8150f2a71c748fc8b90565074b712aa'
                        key: {
                            name: 'x_elm_bridge_pace_call'
                            element: 'at_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b827aaaef88846848c97f94bffe64b89'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b863ac47f2064a8faf6f5bc5491444fb'
                        key: {
                            sys_security_acl: '724e9f6edcc8403fa5e1547b62650de2'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b97828acf4094cfa95150b91d47efd8f'
                        key: {
                            name: 'x_elm_bridge_send'
                            element: 'callout'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bb71e85e44c74802a7bb8771b1f7341d'
                        key: {
                            name: 'x_elm_bridge_send'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bbdec8bde89346ca858d3d673249f291'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket_number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bc4b0d2090104bf39aea65ecf7e69a61'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'closure'
                            value: 'complete'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bc4f6c88723f4629aa145287a0d45428'
                        key: {
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stage'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'bceb3cc17f0844c1923204f51670298f'
                        key: {
                            sys_ui_action: '51193be71aab4f3685628a86bbb11567'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bd1bf4cd4681440b96a68167a5c377b1'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probe_every_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'be00719075344f1ba864e9aae6d9ebcf'
                        key: {
                            sys_ui_action: 'd53da6217e9b46039b15cf49bf104d93'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'be0cbcf87f244e9185c73f8191ec774d'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'last_http_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'be418e0061b04787ac01cad6f293a199'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'resumed_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bf44c415f1824045a9d84cca53437c1f'
                        key: {
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'assignment_group'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c01bb4a29146437bb40e9b6bd275e1aa'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'c03bf12c78b74c07bb4513c88a85204b'
                        key: {
                            name: 'x_elm_bridge_route'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'c17ba3280d4f4a9097d6843700ae6d6c'
                        key: {
                            name: 'x_elm_bridge_callout'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c2a980e84f8d417d98649b941dea32ba'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'last_read_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c384351d86f64c429d5172a5f155a2fc'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'closure'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'c4eecd04e6a04d31baeed18e5e40f348'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'request_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c52446890c43464285aab22a2fde6e0c'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c575f2537aa1408d9b09917e4ffb2b20'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'booked_at_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c5d0d3bf77294691af2d37d5a63f99bd'
                        key: {
                            logical_table_name: 'x_elm_bridge_pace_call'
                            col_name_string: 'second_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c641f58739cc47d097ab3ab4f2c8c8a6'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'streak'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6d8f00136994ed087d2508b1d68b000'
                        key: {
                            document_key: 'bd2fc19423d34c8f96f9c9455620fea2'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_rest_message_fn'
                        id: 'c75316d04d1342e79b2816047b18c61c'
                        deleted: true
                        key: {
                            rest_message: 'b83f12a012da4ecebf98364d1dcaba44'
                            function_name: 'get_request'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c9c2ded82e1a44e5bdb15afbeeae3a10'
                        key: {
                            logical_table_name: 'x_elm_bridge_send'
                            col_name_string: 'send_key'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'caafe44e6e204ff6912ef2e2fa08b06f'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'callback_deadline'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cae0631a72354155b57cd37f7f0c5d8d'
                        key: {
                            name: 'sc_request'
                            element: 'x_elm_bridge_request_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cbd1bcd2982b4e458a4e6fcf7c985c7e'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage_instance_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cc82eaeaa8164dd68ea3120a3068c92e'
                        key: {
                            name: 'sc_request'
                            element: 'x_elm_bridge_stage'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cd0d9716f2e147f3bb8751a4fe7a9104'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probed_accepted'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'cd0eb3db8bc841f6a1ccde052bfbc85a'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cd4d923165734af9a7b39aeb0aeddf0a'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'callback_deadline'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ce4d0bf54c6c470eb5744d124d009fc4'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'waits_for_callback'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce4e84d256ea416e9f634a19c78bc64e'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ce70b26691824ac0a36cf7f114a96e92'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'stage'
                            value: 'assignmentRequestRemoved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cf5540ac441b4731a6556280cca611a4'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf55b634163146fca92344122ce33831'
                        key: {
                            document_key: 'bd2fc19423d34c8f96f9c9455620fea2'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cf57364e2f5140589a17aaac18b76a7c'
                        key: {
                            name: 'x_elm_bridge_pace_call'
                            element: 'refused'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cf829c4d7dd042c2b2b853ff43c944c0'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd04d646aca314b10a4e916f3325c4008'
                        key: {
                            field: 'stage_instance_id'
                            table: 'var__m_sys_hub_step_ext_input_9a947f71381a44d49d910e468a81d4bd'
                            id: '9a947f71381a44d49d910e468a81d4bd'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd234594785384b81b224aa76c5dcf58f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd2d3855ae4fc454eb4d4c600c6208481'
                        key: {
                            name: 'x_elm_bridge_pace_call'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd2e68e9e3cff486f9528de9deee50957'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'requestor'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd31dd6eb8da74cc48d7e151b15352703'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd36c33a9973448a5bebda62ffce9c08e'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'read_claim'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd3f448459a954edf80c6d45d9722698f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4f9ac02fbfb42e3bfa3e6b75c0b53ba'
                        key: {
                            document_key: '9a947f71381a44d49d910e468a81d4bd'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5127056f7d94230931b1a24147a77a2'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'catalog_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5e5aabd437947cba4db76c50047f84e'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'catalog'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd60e3b2081854b0eb82806eb5a29e7d6'
                        key: {
                            field: 'stage'
                            table: 'var__m_sys_hub_step_ext_input_9a947f71381a44d49d910e468a81d4bd'
                            id: '9a947f71381a44d49d910e468a81d4bd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd639de61b60344699a250e599bb2ff27'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'catalog'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd6c135ba4ef04e9aad2f81351e0b5010'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd7415431c076426691ac042df58444c6'
                        key: {
                            name: 'x_elm_bridge_reconcile_pass'
                            element: 'pass_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd8202c24e6124e7394de0d1f53fe336f'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'waits_for_callback'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd8bb605a594e49f897e153efe393dc1a'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stage_instance_id'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'da276752750f465fbf9108b004806049'
                        key: {
                            field: 'detail'
                            table: 'var__m_sys_hub_step_ext_input_9a947f71381a44d49d910e468a81d4bd'
                            id: '9a947f71381a44d49d910e468a81d4bd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dadd445997224a2b8a3b29c99620094a'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dbed1dad5c564f7cbd115d173aaa62c4'
                        key: {
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'short_description_prefix'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dc5e9764956d4bd59f5c229af26b14ab'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dcb4553e7e1b4324a332e9d0ef3fd0f1'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: 'de276734fbd041d69b018d64f3f8747e'
                        key: {
                            model: '9a947f71381a44d49d910e468a81d4bd'
                            element: 'detail'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dee27e027e2742ac9322a97b701a7c3e'
                        key: {
                            sys_ui_section: {
                                id: '39b47240a41d4da19f60d643c47100c1'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    caption: 'Routing rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'priority'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e01a6325dbfa496089952915404e2b25'
                        key: {
                            list_id: {
                                id: '5831cb165fa44d94b7eceec29dbc9c99'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'short_description_prefix'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'e1fa72e1bca248bfa9d2641b63ac6bed'
                        key: {
                            name: 'x_elm_bridge_pace'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e3bafe5f41824fe0ad7cd7cf6afed422'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'stage'
                            value: 'assignmentRequestRemoved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3f739e0082f4d5fb9accc6b20432e81'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'changed_at_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e3fb9e2c079d4aff9c59d055a9db647f'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'window_signs'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e49fbdc073b244e28214964ffb0c66b3'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ticket'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e5207792b382423eb05847b8be1cac95'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attempts'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e58b982cf1c94e69b1de7b76e798a6f8'
                        key: {
                            list_id: {
                                id: '5831cb165fa44d94b7eceec29dbc9c99'
                                key: {
                                    name: 'x_elm_bridge_route'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e5cbe9461f6e45c09ecc83414ffd3767'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e660f0583e8542eb955070d0ddfad859'
                        key: {
                            document_key: '9a51353634754f71a48ff28c70f54aad'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'e6845191e53645f0959a25c69fb6261f'
                        key: {
                            model: 'd007ad5da92249dc9d757783fa0718c4'
                            element: 'detail'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'e69e87319fdb48ff9f439d583c2a589a'
                        key: {
                            name: 'x_elm_bridge.admin'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e6bba1de71a5403c8436f199db44a7f7'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'probe_every_ms'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e71c5f651abc440b82fad41389eb1a2c'
                        key: {
                            name: 'x_elm_bridge_pace'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e7262d2c12094c02a9f0b778bbeb911d'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'next_at_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e8bfb08243b940ac968ef649916147ab'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e93a8b9f963b49a4877cd8cbbe540e5b'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eab267326ae34461bf122971cbb50b71'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'assignment_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'eac59a1d24d54e9a9148b8301165ddc4'
                        key: {
                            logical_table_name: 'x_elm_bridge_pace'
                            col_name_string: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ebcd1901f3b240efa2aa16564ffe98bc'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_http_status'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ec2121d109e644e3942808f1ef2841f8'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'status'
                            value: 'ended_upstream'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ec92e6732c89488889aae6692ee8b287'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'ee5df96df98c4ad7a1ffd8537a5181cf'
                        key: {
                            sys_ui_form: {
                                id: 'c17ba3280d4f4a9097d6843700ae6d6c'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ee952afe063841b6b43a18c15b5f2253'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'last_http_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ef8e2c4fea704cd98f2a88a85de5f098'
                        key: {
                            name: 'x_elm_bridge_pace_call'
                            element: 'second_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f100ed81e043421d96905d0c3ce600aa'
                        key: {
                            name: 'var__m_sys_hub_action_input_d007ad5da92249dc9d757783fa0718c4'
                            element: 'outcome'
                            value: 'deny'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f1e95f5850894a6f85922526f5d821ea'
                        key: {
                            name: 'x_elm_bridge_route'
                            element: 'priority'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f21a88dcd6f041cd955c7bf1c96999ae'
                        key: {
                            list_id: {
                                id: '7a569a1f916842439aefa1bd0b141365'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f2da8cc139a147bdbb8cbe7a7636b86c'
                        key: {
                            name: 'x_elm_bridge_reconcile_pass'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f37fe81e9ca345f5aa2e7efa091da1fa'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'status'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f3b960ada03045a385c613fa42de4d2c'
                        key: {
                            sys_security_acl: '58d853d742d1480e85c02796bbfbf9f1'
                            sys_user_role: {
                                id: '172869fcb6ba4e5784ef3626c62386b1'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f3fe91ff73d54a92b3c846ea4a5369e2'
                        key: {
                            field: 'message'
                            table: 'var__m_sys_hub_action_output_d007ad5da92249dc9d757783fa0718c4'
                            id: 'd007ad5da92249dc9d757783fa0718c4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f5ed7adb04bd471a8f3bf6c0b6918e08'
                        key: {
                            name: 'x_elm_bridge_send'
                            element: 'attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f630fd28c1e8434c80d238345f81a50b'
                        key: {
                            document_key: '9a947f71381a44d49d910e468a81d4bd'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f69cd516bbe64af29e8105cc9c137ccb'
                        key: {
                            name: 'x_elm_bridge_route'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f704cf16bdc64a768d0fcde22af713d9'
                        key: {
                            name: 'x_elm_bridge_pace'
                            element: 'measured_rate'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f715685aca274d3a81299b605ba0e52e'
                        key: {
                            sys_ui_section: {
                                id: '95655759eaf14d55807ecc95135a4ffc'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_read_at'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f8ed2712289e43efa359afc86040bd6d'
                        key: {
                            sys_ui_section: {
                                id: 'a012086cb193420787a0117a07f53231'
                                key: {
                                    name: 'x_elm_bridge_callout'
                                    caption: 'Callout'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'target'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f977d96aa11b4a6bb0f125c9b98a26f2'
                        key: {
                            sys_security_acl: 'c668d5e06db54664a173ad434f8a2768'
                            sys_user_role: {
                                id: 'e69e87319fdb48ff9f439d583c2a589a'
                                key: {
                                    name: 'x_elm_bridge.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb882b74fc8d47aba3202c15b6a35e1b'
                        key: {
                            name: 'x_elm_bridge_callout'
                            element: 'read_claim'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
